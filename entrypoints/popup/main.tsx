import { render } from 'preact';
import { browser } from 'wxt/browser';
import { createPopupState } from '../../components/popup/popup-state';
import { parseHistory } from '../../lib/history/history';
import { defaultSettings, parseSettings } from '../../lib/settings/settings';
import { sendCommand } from '../../shell/messaging';
import { historyItem, loadAll, settingsItem, stateItem } from '../../shell/storage';
import { initialState, parseState } from '../../lib/schedule/state';
import { App } from './App';
import '../../components/theme.css';
import '../../components/popup/popup.css';

/** Everything for the first paint comes from one storage read; the rest follows live. */
async function start(): Promise<void> {
  let loadProblem = false;
  const initial = await loadAll().then(
    (all) => ({ settings: all.settings.settings, state: all.state, history: all.history }),
    () => {
      loadProblem = true;
      return { settings: defaultSettings(), state: initialState(), history: [] };
    },
  );
  const app = createPopupState({ initial, send: sendCommand, now: Date.now, random: Math.random });

  stateItem.watch((value) => (app.state.value = parseState(value)));
  settingsItem.watch((value) => (app.settings.value = parseSettings(value).settings));
  historyItem.watch((value) => (app.history.value = parseHistory(value, Date.now())));
  // Minutes in the status line and the feed's running time follow the clock.
  setInterval(app.tick, 1000);
  await app.ready; // the first tip's words: one small module (it never rejects; see popup-state)

  render(
    <App app={app} loadProblem={loadProblem} openOptions={() => void browser.runtime.openOptionsPage()} />,
    document.getElementById('app')!,
  );
}

void start();
