import { useLayoutEffect, useRef } from 'preact/hooks';
import { AfterFirstPaint } from '../../components/popup/AfterFirstPaint';
import { LazyDrill } from '../../components/popup/LazyDrill';
import { ClinicianNote } from '../../components/popup/ClinicianNote';
import { FeedCard, FeedStart } from '../../components/popup/FeedPanel';
import { durationText } from '../../components/format';
import type { PopupState } from '../../components/popup/popup-state';
import { ReminderCard } from '../../components/popup/ReminderCard';
import { PausedCard, PauseMenu, StatusLine } from '../../components/popup/StatusBar';
import { TipCard } from '../../components/popup/TipCard';
import { TodayCounts } from '../../components/popup/TodayCounts';
import { useReducedMotion } from '../../components/popup/use-reduced-motion';
import { t } from '../../shell/i18n';

type Props = {
  app: PopupState;
  openOptions(): void;
  /** Shown above everything when the first read from storage failed. */
  loadProblem?: boolean;
};

/**
 * The popup, built around the moment: the one thing that leads (lib/popup/lead.ts) sits at the top with its
 * main action in the largest target; everything else follows in a quieter area below.
 */
export function App({ app, openOptions, loadProblem = false }: Props) {
  const reducedMotion = useReducedMotion();
  const breatheRef = useRef<HTMLButtonElement>(null);
  const mainRef = useRef<HTMLElement>(null);
  const lead = app.lead.value;
  const status = app.status.value;
  useFocusKeeping(mainRef, breatheRef, lead.kind, status.waiting !== null);

  const now = app.now.value;
  const busy = app.busy.value !== null;
  const feedback = app.feedback.value;
  const tip = app.tip.value;
  const forReminder = app.tipIsForReminder.value;
  const waiting = status.waiting;
  const breatheLabel = t('popupBreathe', durationText(app.drillLengthSec.value));

  const reminderCard = (quiet: boolean) =>
    waiting && (
      <ReminderCard
        waiting={waiting}
        cue={app.reminderCue.value ?? (forReminder ? (tip?.title ?? null) : null)}
        drawing={forReminder ? tip?.illustration : undefined}
        snoozeMin={app.settings.value.snoozeMin}
        now={now}
        busy={busy}
        quiet={quiet}
        onDone={() => void app.done()}
        onSnooze={() => void app.snooze()}
      />
    );
  const tipCard = tip && (
    <TipCard
      tip={tip}
      forReminder={forReminder}
      // The reminder card above already shows this tip's drawing.
      showDrawing={!(forReminder && lead.kind === 'reminder')}
      onAnother={() => void app.anotherTip()}
    />
  );
  const breathe = (leading: boolean) => (
    <button
      ref={breatheRef}
      type="button"
      class={leading ? 'btn btn-primary btn-lead btn-wide breathe-button' : 'btn btn-secondary btn-wide breathe-button'}
      onClick={app.startDrill}
    >
      <span class="breathe-label">{breatheLabel}</span>
      {leading && (
        <span class="breathe-hint">
          {t('popupBreatheHint')}
        </span>
      )}
    </button>
  );
  // "Not feeding now" (the welcome or Settings): no feed buttons to wade past.
  const feedStart = !status.feed && app.settings.value.feedingMethod !== 'none' && (
    <AfterFirstPaint>
      <FeedStart sides={app.feedSides.value} suggested={app.suggested.value} busy={busy} onStart={(side) => void app.startFeed(side)} />
    </AfterFirstPaint>
  );
  const statusLine = lead.kind !== 'paused' && <StatusLine line={status.line} now={now} />;
  const today = (
    <AfterFirstPaint>
      <TodayCounts counts={app.today.value} unread={app.historyUnread.value} />
    </AfterFirstPaint>
  );

  return (
    <main class="popup" ref={mainRef} data-lead={lead.kind}>
      <header class="popup-header">
        <h1>{t('extName')}</h1>
        <div class="header-actions">
          {lead.kind !== 'paused' && lead.kind !== 'drill' && (
            <PauseMenu busy={busy} onPause={(preset) => void app.pause(preset)} />
          )}
          <button type="button" class="btn btn-link settings-link" onClick={openOptions}>
            {t('openOptions')}
          </button>
        </div>
      </header>
      {loadProblem && <p class="notice">{t('popupLoadFailed')}</p>}
      {/* Both regions stay in the page so that what appears in them is announced: confirmations politely,
          failures as alerts (they stay until the next action). */}
      <div class="feedback" role="status">
        {feedback && !feedback.error && feedback.text}
      </div>
      <div class="error" role="alert">
        {feedback?.error && feedback.text}
      </div>

      {lead.kind === 'drill' && (
        <LazyDrill
          pace={app.pace.value}
          breathingOnly={app.settings.value.breathingOnly}
          reducedMotion={reducedMotion}
          counted={app.drillCounted.value}
          onFinish={(durationSec) => void app.finishDrill(durationSec)}
          onClose={app.closeDrill}
        />
      )}

      {lead.kind === 'idle' && (
        <>
          {statusLine}
          <div class="lead">{breathe(true)}</div>
          <div class="quiet">
            {tipCard}
            {feedStart}
            {today}
          </div>
        </>
      )}

      {lead.kind === 'reminder' && (
        <>
          <div class="lead">{reminderCard(false)}</div>
          <div class="quiet">
            {statusLine}
            {tipCard}
            {breathe(false)}
            {feedStart}
            {today}
          </div>
        </>
      )}

      {lead.kind === 'feed' && status.feed && (
        <>
          <div class="lead">
            <FeedCard
              feed={status.feed}
              cue={app.checkInCue.value}
              checkIn={lead.checkIn}
              now={now}
              busy={busy}
              onEnd={() => void app.endFeed()}
              onCheckDone={() => void app.done()}
            />
          </div>
          <div class="quiet">
            {lead.quietReminder && reminderCard(true)}
            {statusLine}
            {tipCard}
            {breathe(false)}
            {today}
          </div>
        </>
      )}

      {lead.kind === 'paused' && status.line.kind === 'paused' && (
        <>
          <div class="lead">
            <PausedCard until={status.line.until} now={now} busy={busy} onResume={() => void app.resume()} />
          </div>
          <div class="quiet">
            {breathe(false)}
            {tipCard}
            {feedStart}
            {today}
          </div>
        </>
      )}

      <AfterFirstPaint>
        <footer class="popup-footer">
          <ClinicianNote />
        </footer>
      </AfterFirstPaint>
    </main>
  );
}

/**
 * Where keyboard focus goes when the view changes under it: back from the drill, to the button that started
 * it; when an answered reminder takes its buttons with it, to the top of the popup's content.
 */
function useFocusKeeping(
  mainRef: { current: HTMLElement | null },
  breatheRef: { current: HTMLButtonElement | null },
  leadKind: string,
  waiting: boolean,
): void {
  const wasDrill = useRef(false);
  const hadWaiting = useRef(false);
  useLayoutEffect(() => {
    if (leadKind !== 'drill' && wasDrill.current) breatheRef.current?.focus();
    wasDrill.current = leadKind === 'drill';
  }, [leadKind]);
  useLayoutEffect(() => {
    const lost = !document.activeElement || document.activeElement === document.body;
    if (hadWaiting.current && !waiting && lost) mainRef.current?.querySelector<HTMLElement>('.lead button, .quiet button')?.focus();
    hadWaiting.current = waiting;
  }, [waiting]);
}
