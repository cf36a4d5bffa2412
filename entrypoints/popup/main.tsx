// First: the storage read starts before anything else in the popup runs.
import { firstRead, firstWords, hint, locale, version } from './first-read';
import { render } from 'preact';
import { browser } from 'wxt/browser';
import { createPopupState } from '../../components/popup/popup-state';
import { defaultSettings } from '../../lib/settings/settings';
import { localizePage } from '../../shell/i18n';
import { sendCommand } from '../../shell/messaging';
import { watchPopupData } from '../../shell/popup-storage';
import { writeTipHint } from '../../shell/tip-hint';
import { initialState } from '../../lib/schedule/state';
import { App } from './App';
import '../../components/theme.css';
import '../../components/popup/popup.css';

/**
 * Everything for the first paint comes from one storage read; the tip's words (and a reminder's cue) load
 * as soon as it is known which they are, while the popup renders; the rest follows live.
 */
async function start(): Promise<void> {
  localizePage();
  let loadProblem = false;
  const initial = await firstRead.then(
    (all) => ({ settings: all.settings.settings, state: all.state, history: all.history }),
    () => {
      loadProblem = true;
      return { settings: defaultSettings(), state: initialState(), history: [] };
    },
  );
  // The first pick was drawn by the last popup, which guessed its words' group from it (first-read.ts).
  let firstPick = hint?.pick ?? null;
  const random = () => {
    const pick = firstPick ?? Math.random();
    firstPick = null;
    return pick;
  };
  // Its words too, when they were loaded in this language and release (first-read.ts): then the first paint has
  // the tip.
  const app = createPopupState({ initial, send: sendCommand, now: Date.now, random, firstWords });
  void app.ready.then(async () => {
    const pick = Math.random();
    writeTipHint({ pick, group: app.firstTipGroup(pick) });
    // After the first paint: the words of the tip that pick gives, for the next popup's.
    const next = await app.firstTip(pick).catch(() => undefined);
    if (!next) return;
    const { id, group, title, body, hasWhy } = next;
    writeTipHint({ pick, group, words: { id, locale, version, title, body, ...(hasWhy && { hasWhy }) } });
  });
  watchPopupData({
    settings: (value) => (app.settings.value = value.settings),
    state: (value) => (app.state.value = value),
    history: (value) => (app.history.value = value),
  });
  // Minutes in the status line and the feed's running time follow the clock.
  setInterval(app.tick, 1000);

  render(
    <App app={app} loadProblem={loadProblem} openOptions={() => void browser.runtime.openOptionsPage()} />,
    document.getElementById('app')!,
  );
}

void start();
