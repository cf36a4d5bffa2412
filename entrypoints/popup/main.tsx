// First: the storage read starts before anything else in the popup runs.
import { firstRead } from './first-read';
import { render } from 'preact';
import { browser } from 'wxt/browser';
import { createPopupState } from '../../components/popup/popup-state';
import { defaultSettings } from '../../lib/settings/settings';
import { sendCommand } from '../../shell/messaging';
import { watchPopupData } from '../../shell/popup-storage';
import { initialState } from '../../lib/schedule/state';
import { App } from './App';
import '../../components/theme.css';
import '../../components/popup/popup.css';

/**
 * Everything for the first paint comes from one storage read; the tip's words (and a reminder's cue) load
 * as soon as it is known which they are, while the popup renders; the rest follows live.
 */
async function start(): Promise<void> {
  let loadProblem = false;
  const initial = await firstRead.then(
    (all) => ({ settings: all.settings.settings, state: all.state, history: all.history }),
    () => {
      loadProblem = true;
      return { settings: defaultSettings(), state: initialState(), history: [] };
    },
  );
  const app = createPopupState({ initial, send: sendCommand, now: Date.now, random: Math.random });
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
