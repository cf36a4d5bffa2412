import { useLayoutEffect, useRef } from 'preact/hooks';
import { BreathingDrill } from '../../components/popup/BreathingDrill';
import { ClinicianNote } from '../../components/popup/ClinicianNote';
import { FeedPanel } from '../../components/popup/FeedPanel';
import { durationText } from '../../components/format';
import type { PopupState } from '../../components/popup/popup-state';
import { StatusBar } from '../../components/popup/StatusBar';
import { TipCard } from '../../components/popup/TipCard';
import { TodayCounts } from '../../components/popup/TodayCounts';
import { useReducedMotion } from '../../components/popup/use-reduced-motion';
import { WaitingCard } from '../../components/popup/WaitingCard';
import { t } from '../../shell/i18n';

type Props = {
  app: PopupState;
  openOptions(): void;
  /** Shown above everything when the first read from storage failed. */
  loadProblem?: boolean;
};

export function App({ app, openOptions, loadProblem = false }: Props) {
  const reducedMotion = useReducedMotion();
  const breatheRef = useRef<HTMLButtonElement>(null);
  const view = app.view.value;
  const wasDrill = useRef(false);
  const mainRef = useRef<HTMLElement>(null);
  const hadWaiting = useRef(false);

  useLayoutEffect(() => {
    // Back from the drill: focus returns to the button that started it.
    if (view === 'main' && wasDrill.current) breatheRef.current?.focus();
    wasDrill.current = view === 'drill';
  }, [view]);

  const status = app.status.value;
  const waitingNow = status.waiting !== null;
  useLayoutEffect(() => {
    // An answered reminder takes its buttons with it: keep keyboard focus in the popup, at the status line.
    const lost = !document.activeElement || document.activeElement === document.body;
    if (hadWaiting.current && !waitingNow && lost) mainRef.current?.querySelector<HTMLElement>('.status button')?.focus();
    hadWaiting.current = waitingNow;
  }, [waitingNow]);
  const now = app.now.value;
  const busy = app.busy.value !== null;
  const feedback = app.feedback.value;
  // "When to get help" in the header: the safety note is one click away from anywhere, the drill included.
  const clinicianWanted = useRef(false);
  const showClinician = () => {
    clinicianWanted.current = true;
    if (view === 'drill') app.closeDrill();
    else openClinician();
  };
  useLayoutEffect(() => {
    if (view === 'main' && clinicianWanted.current) openClinician();
  }, [view]);
  function openClinician() {
    clinicianWanted.current = false;
    const note = document.getElementById('clinician') as HTMLDetailsElement | null;
    if (!note) return;
    note.open = true;
    note.scrollIntoView({ block: 'start' });
    note.querySelector('summary')?.focus();
  }

  const tip = app.tip.value;
  const tipCard = tip && <TipCard tip={tip} forReminder={app.tipIsForReminder.value} onAnother={() => void app.anotherTip()} />;

  return (
    <main class="popup" ref={mainRef}>
      <header>
        <div class="popup-header">
          <h1>{t('extName')}</h1>
          <div class="header-links">
            <button type="button" class="btn btn-link settings-link" aria-controls={view === 'main' ? 'clinician' : undefined} onClick={showClinician}>
              {t('popupHeaderHelp')}
            </button>
            <button type="button" class="btn btn-link settings-link" onClick={openOptions}>
              {t('openOptions')}
            </button>
          </div>
        </div>
        {loadProblem && <p class="notice">{t('popupLoadFailed')}</p>}
        {/* Both regions stay in the page so that what appears in them is announced: confirmations politely,
            failures as alerts (they stay until the next action). */}
        <div class="feedback" role="status">
          {feedback && !feedback.error && feedback.text}
        </div>
        <div class="error" role="alert">
          {feedback?.error && feedback.text}
        </div>
      </header>

      {view === 'drill' ? (
        <BreathingDrill
          pace={app.pace.value}
          breathingOnly={app.settings.value.breathingOnly}
          reducedMotion={reducedMotion}
          onFinish={(durationSec) => void app.finishDrill(durationSec)}
          onClose={app.closeDrill}
        />
      ) : (
        <>
          {status.waiting && (
            <WaitingCard
              waiting={status.waiting}
              snoozeMin={app.settings.value.snoozeMin}
              now={now}
              busy={busy}
              onDone={() => void app.done()}
              onSnooze={() => void app.snooze()}
            />
          )}
          {/* A waiting reminder's tip says what to do, so it sits right under the reminder. */}
          {status.waiting && tipCard}
          <StatusBar
            line={status.line}
            now={now}
            busy={busy}
            onPause={(preset) => void app.pause(preset)}
            onResume={() => void app.resume()}
          />
          <FeedPanel
            feed={status.feed}
            suggested={app.suggested.value}
            now={now}
            busy={busy}
            onStart={(side) => void app.startFeed(side)}
            onEnd={() => void app.endFeed()}
          />
          <section class="breathe" aria-label={t('popupDrillHeading')}>
            <button ref={breatheRef} type="button" class="btn btn-primary btn-big btn-wide breathe-button" onClick={app.startDrill}>
              {t('popupBreathe', durationText(app.drillLengthSec.value))}
            </button>
            <p class="muted small center">{t('popupBreatheHint')}</p>
          </section>
          {!status.waiting && tipCard}
          <TodayCounts counts={app.today.value} />
          <footer class="popup-footer">
            <ClinicianNote />
          </footer>
        </>
      )}
    </main>
  );
}
