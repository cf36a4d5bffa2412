/**
 * The popup's state: signals for what was read from storage, computeds for what the view shows, and actions
 * that send commands to the background. Everything browser-facing comes in through `deps`, so tests pass the
 * fake browser's pieces or plain functions.
 */
import { batch, computed, effect, signal } from '@preact/signals';
import { drillDurationSec, paceOf, type BreathPace } from '../../lib/breathing/breathing';
import { chooseTip } from '../../lib/tips/choose-tip';
import { feedSidesFor, suggestedSide } from '../../lib/schedule/feeding';
import { countToday, type HistoryEntry } from '../../lib/history/history';
import type { Command, CommandReply } from '../../lib/schedule/commands';
import type { Settings } from '../../lib/settings/settings';
import { messagesLocale, t } from '../../shell/i18n';
import { refusalText } from '../refusal-text';
import type { EngineState } from '../../lib/schedule/state';
import { statusFor } from '../../lib/schedule/status';
import { leadFor } from '../../lib/popup/lead';
import { TIP_INDEX } from '../../lib/tips/tip-index';
import type { Tip, TipMeta } from '../../lib/tips/tip-model';
import { checkInCue as checkInCueKey, cueForTip } from '../../lib/tips/tip-cues';
import type { TipWords } from '../../lib/tips/tip-index';
import { tipMeta, tipWithWords, withWords } from '../../lib/tips/tips';
import type { FeedSide, PausePreset } from '../../lib/vocabulary';

export interface PopupData {
  settings: Settings;
  state: EngineState;
  /** Null until it has been read: it comes on its own, after the first paint (shell/popup-storage.ts). */
  history: HistoryEntry[] | null;
}

export interface PopupDeps {
  initial: PopupData;
  send(command: Command): Promise<CommandReply>;
  /** Epoch ms. */
  now(): number;
  /** A number in [0, 1), for picking among equally good tips. */
  random(): number;
  /** Words already at hand for the tip `id` (the last popup's hint): shown at once if it is the first tip. */
  firstWords?: TipWords & { id: string };
}

export type PopupView = 'main' | 'drill';

/** How long a confirmation ("Noted. Thank you.") stays. */
const CONFIRMATION_MS = 8000;

/** Tips shown in this popup session are kept from coming back for this many picks. */
const LOCAL_RECENT = 8;

export function createPopupState(deps: PopupDeps) {
  const settings = signal(deps.initial.settings);
  const state = signal(deps.initial.state);
  const history = signal(deps.initial.history);
  /** The history could not be read: the "Today" line says so rather than count nothing. */
  const historyUnread = signal(false);
  const now = signal(deps.now());
  const view = signal<PopupView>('main');
  /** The language of the messages, and so of the tip words to load. */
  const locale = messagesLocale();
  /** The command in flight, so its button can say so and a second tap does nothing. */
  const busy = signal<Command['type'] | null>(null);
  /** A short, polite confirmation or a plain error after a command. */
  const feedback = signal<{ text: string; error: boolean } | null>(null);
  const shownTipIds = signal<string[]>([]);

  const status = computed(() => statusFor(state.value, settings.value, now.value));
  /** Null until the history is read. */
  const today = computed(() => (history.value ? countToday(history.value, now.value) : null));
  /** The feed buttons: a bottle-only family is offered the bottle alone, with nothing to suggest. */
  const feedSides = computed(() => feedSidesFor(settings.value.feedingMethod));
  const suggested = computed(() => (feedSides.value.length > 1 ? suggestedSide(state.value.lastFeedSide, settings.value.feedingMethod) : null));
  const pace = computed<BreathPace>(() => paceOf(settings.value));
  const drillLengthSec = computed(() => drillDurationSec(pace.value));
  /** Which one thing leads the popup (lib/popup/lead.ts). */
  const lead = computed(() =>
    leadFor({
      waiting: status.value.waiting?.kind ?? null,
      feeding: status.value.feed !== null,
      paused: status.value.line.kind === 'paused',
      drill: view.value === 'drill',
    }),
  );
  /** The last finished drill is in the history (the drill's end says so). */
  const drillCounted = signal(false);

  /** The waiting reminder's one short instruction: the same line its notification carries. */
  const reminderCue = computed(() => {
    const waiting = status.value.waiting;
    const cue = waiting && cueForTip(waiting.tipId);
    return cue ? t(cue) : null;
  });
  /**
   * The posture checklist cue the feed card shows: cue n after the n-th posture check (the notification of
   * that check carries the same one, see cueFor in lib/schedule/engine.ts), cue 0 from the feed's start.
   */
  const checkInCue = computed(() => {
    const feed = state.value.feed;
    return feed && t(checkInCueKey(feed.checkIns, feed.side));
  });

  /** The tip for the moment: the waiting reminder's (once), else the chooser's, away from recent ones. */
  function tipFor(pick: number, shown: readonly string[]): TipMeta {
    const waiting = state.peek().waiting;
    const fromReminder = waiting ? tipMeta(waiting.tipId) : undefined;
    if (fromReminder && !shown.includes(fromReminder.id)) return fromReminder;
    const s = settings.peek();
    return chooseTip(TIP_INDEX, {
      kind: null,
      hour: new Date(deps.now()).getHours(),
      feeding: state.peek().feed !== null,
      weeksSinceBirth: s.weeksSinceBirth,
      caesarean: s.caesarean,
      gaveBirth: s.gaveBirth,
      recentIds: [...shown, ...state.peek().recentTipIds],
      pick,
    });
  }
  const pickTip = (): TipMeta => tipFor(deps.random(), shownTipIds.peek());

  /** The tip on screen: null only until the words of the first one have loaded. */
  const tip = signal<Tip | null>(null);
  let tipRequest = 0;
  let firstWords = deps.firstWords;
  /**
   * Shows a tip once its words are loaded (at once when the hint brought them); a later request wins over one
   * still loading. Words that fail to load leave the tip on screen as it was (or none, at first): the rest of
   * the popup works without it.
   */
  async function show(meta: TipMeta | undefined): Promise<void> {
    if (!meta) return;
    const request = ++tipRequest;
    const known = firstWords?.id === meta.id ? firstWords : undefined;
    firstWords = undefined;
    if (known) return void (tip.value = tipWithWords(meta, known));
    const shown = await withWords(meta, locale).catch(() => undefined);
    if (shown && request === tipRequest) tip.value = shown;
  }
  /** Settles when the first tip can be painted (its words are the one load, if any; cues are messages). */
  const ready = show(pickTip());
  /** True while the tip on screen is the one that came with the waiting reminder. */
  const tipIsForReminder = computed(() => tip.value !== null && state.value.waiting?.tipId === tip.value.id);

  // A reminder that arrives while the popup is open brings its own tip.
  let lastWaitingTipId = deps.initial.state.waiting?.tipId ?? null;
  const stopFollowingReminders = effect(() => {
    const id = state.value.waiting?.tipId ?? null;
    if (id === lastWaitingTipId) return;
    lastWaitingTipId = id;
    if (id) void show(tipMeta(id));
  });

  function anotherTip(): Promise<void> {
    const current = tip.peek()?.id;
    if (current) shownTipIds.value = [current, ...shownTipIds.peek().filter((id) => id !== current)].slice(0, LOCAL_RECENT);
    return show(pickTip());
  }

  async function send(command: Command, success: string): Promise<boolean> {
    if (busy.peek()) return false;
    busy.value = command.type;
    feedback.value = null;
    const reply = await deps.send(command);
    const shown = reply.ok ? { text: success, error: false } : { text: refusalText(reply.problem), error: true };
    batch(() => {
      busy.value = null;
      feedback.value = shown;
    });
    // A confirmation fades after a while; a failure stays until the next action.
    if (reply.ok) setTimeout(() => feedback.peek() === shown && (feedback.value = null), CONFIRMATION_MS);
    return reply.ok;
  }

  return {
    settings,
    state,
    history,
    historyUnread,
    now,
    view,
    busy,
    feedback,
    tip,
    ready,
    tipIsForReminder,
    status,
    today,
    suggested,
    feedSides,
    pace,
    drillLengthSec,
    lead,
    reminderCue,
    checkInCue,
    drillCounted,
    /** The words group a popup opened now would show first with `pick` (the next popup's load hint). */
    firstTipGroup: (pick: number) => tipFor(pick, []).group,
    /** The tip a popup opened now would show first with `pick`, with its words (the next popup's hint). */
    firstTip: (pick: number) => withWords(tipFor(pick, []), locale),
    /** The history's own read (shell/popup-storage.ts): kept unless the watch has brought a newer one meanwhile. */
    historyRead: (read: Promise<HistoryEntry[]>): Promise<void> =>
      read.then(
        (list) => void (history.peek() === null && (history.value = list)),
        () => void (history.peek() === null && (historyUnread.value = true)),
      ),
    /** Moves the clock on; the view's minutes and the feed timer follow. */
    tick: () => void (now.value = deps.now()),
    anotherTip,
    done: () => send({ type: 'done' }, messages.noted()),
    snooze: () => send({ type: 'snooze' }, messages.snoozed(settings.peek().snoozeMin)),
    pause: (preset: PausePreset) => send({ type: 'pause', preset }, messages.paused()),
    resume: () => send({ type: 'resume' }, messages.resumed()),
    startFeed: (side: FeedSide) => send({ type: 'start-feed', side }, messages.feedStarted()),
    endFeed: () => send({ type: 'end-feed' }, messages.feedEnded()),
    startDrill: () => batch(() => ((feedback.value = null), (drillCounted.value = false), (view.value = 'drill'))),
    closeDrill: () => void (view.value = 'main'),
    /** Logs a finished drill. Only a drill that ran to its end is logged; Stop logs nothing. */
    finishDrill: async (durationSec: number): Promise<void> => {
      const reply = await deps.send({ type: 'drill-finished', durationSec });
      if (reply.ok) drillCounted.value = true;
      else feedback.value = { text: refusalText(reply.problem), error: true };
    },
    dispose: () => stopFollowingReminders(),
  };
}

export type PopupState = ReturnType<typeof createPopupState>;

const messages = {
  noted: () => t('popupNoted'),
  snoozed: (min: number) => t('popupSnoozedFeedback', min),
  paused: () => t('popupPausedFeedback'),
  resumed: () => t('popupResumedFeedback'),
  feedStarted: () => t('popupFeedStartedFeedback'),
  feedEnded: () => t('popupFeedEndedFeedback'),
};
