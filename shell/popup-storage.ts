/**
 * The popup's reads and watches, straight from `browser.storage`, without @wxt-dev/storage's items: defining
 * an item reads it once at once (its init check), which would put three more reads in front of the popup's
 * first paint. One read per area, both in flight together, and the same parsers as everywhere else.
 * The keys are those of the items in shell/storage.ts (a unit test holds them equal).
 */
import { browser } from 'wxt/browser';
import { parseHistory, type HistoryEntry } from '../lib/history/history';
import { parseSettings, type ParsedSettings } from '../lib/settings/settings';
import { parseState, type EngineState } from '../lib/schedule/state';

export const POPUP_KEYS = { settings: 'sync:settings', state: 'local:state', history: 'local:history' } as const;

const SETTINGS = 'settings';
const STATE = 'state';
const HISTORY = 'history';

export interface PopupStored {
  settings: ParsedSettings;
  state: EngineState;
  history: HistoryEntry[];
}

/** Settings, state and history for the first paint: two gets (one per area) in parallel. */
export async function loadPopupData(): Promise<PopupStored> {
  const [sync, local] = await Promise.all([browser.storage.sync.get(SETTINGS), browser.storage.local.get([STATE, HISTORY])]);
  return { settings: parseSettings(sync[SETTINGS]), state: parseState(local[STATE]), history: parseHistory(local[HISTORY], Date.now()) };
}

/** Follows later changes, each parsed (a removed item parses to its defaults, as after "Delete all data"). */
export function watchPopupData(on: { settings(value: ParsedSettings): void; state(value: EngineState): void; history(value: HistoryEntry[]): void }): void {
  browser.storage.onChanged.addListener((changes, area) => {
    if (area === 'sync' && SETTINGS in changes) on.settings(parseSettings(changes[SETTINGS]!.newValue));
    if (area === 'local' && STATE in changes) on.state(parseState(changes[STATE]!.newValue));
    if (area === 'local' && HISTORY in changes) on.history(parseHistory(changes[HISTORY]!.newValue, Date.now()));
  });
}
