// First: the storage reads start before anything else in the popup runs; then the last popup's hint is read.
import { firstGets } from './first-read';
import { firstWords, hint, locale, version } from './first-hint';
import { render } from 'preact';
import { browser } from 'wxt/browser';
import { afterNextPaint } from '../../components/after-paint';
import { preloadDrill } from '../../components/popup/LazyDrill';
import { createPopupState } from '../../components/popup/popup-state';
import { defaultSettings } from '../../lib/settings/settings';
import { localizePage } from '../../shell/i18n';
import { sendCommand } from '../../shell/messaging';
import { loadPopupData, loadPopupHistory, watchPopupData } from '../../shell/popup-storage';
import { writeTipHint } from '../../shell/tip-hint';
import { initialState } from '../../lib/schedule/state';
import { App } from './App';
import '../../components/theme.css';
import '../../components/popup/popup.css';

/**
 * Everything for the first paint comes from two small storage gets (settings and state); the tip's words (and a
 * reminder's cue) load as soon as it is known which they are, while the popup renders; the history, for the
 * "Today" line, is read once the first frame is painted; the rest follows live.
 */
async function start(): Promise<void> {
  localizePage();
  let loadProblem = false;
  const initial = await loadPopupData(firstGets).then(
    (all) => ({ settings: all.settings.settings, state: all.state, history: null }),
    () => {
      loadProblem = true;
      return { settings: defaultSettings(), state: initialState(), history: null };
    },
  );
  // The first pick was drawn by the last popup, which guessed its words' group from it (first-hint.ts).
  let firstPick = hint?.pick ?? null;
  const random = () => {
    const pick = firstPick ?? Math.random();
    firstPick = null;
    return pick;
  };
  // Its words too, when they were loaded in this language and release (first-hint.ts): then the first paint has
  // the tip.
  const app = createPopupState({ initial, send: sendCommand, now: Date.now, random, firstWords });
  // After the first tip's paint: the drill's module, and the next popup's hint with the words of the tip its pick
  // gives.
  void app.ready.then(() =>
    afterNextPaint(async () => {
      void preloadDrill();
      const pick = Math.random();
      writeTipHint({ pick, group: app.firstTipGroup(pick) });
      const next = await app.firstTip(pick).catch(() => undefined);
      if (!next) return;
      const { id, group, title, body, hasWhy } = next;
      writeTipHint({ pick, group, words: { id, locale, version, title, body, ...(hasWhy && { hasWhy }) } });
    }),
  );
  watchPopupData({
    settings: (value) => (app.settings.value = value.settings),
    state: (value) => (app.state.value = value),
    history: (value) => (app.history.value = value),
  });
  // The history, for the "Today" line, is read after the first paint: its thousands of entries kept the browser
  // busy while the popup rendered (README Performance).
  afterNextPaint(() => void app.historyRead(loadPopupHistory()));
  // Minutes in the status line and the feed's running time follow the clock.
  setInterval(app.tick, 1000);

  render(
    <App app={app} loadProblem={loadProblem} openOptions={() => void browser.runtime.openOptionsPage()} />,
    document.getElementById('app')!,
  );
}

void start();
