import { useEffect, useLayoutEffect, useRef, useState } from 'preact/hooks';
import {
  breathAt,
  drillDurationSec,
  SHAPE_MIN_SCALE,
  shapeScale,
  type BreathMoment,
  type BreathPace,
} from '../../lib/breathing/breathing';
import { drillCues } from '../../lib/breathing/drill-cues';
import { t } from '../../shell/i18n';

type Props = {
  pace: BreathPace;
  /** No scaling at all: a text countdown and a progress bar instead. */
  reducedMotion: boolean;
  /** Called once, when the drill ran to its end (never on Stop). */
  onFinish(durationSec: number): void;
  /** Stop during the drill, Back after it. */
  onClose(): void;
  /** The breathing-only drill: no pelvic-floor lift in the cues. */
  breathingOnly?: boolean;
  /** A monotonic clock in ms; the drill's position is always derived from it, never from counting ticks. */
  clock?: () => number;
};

const RESTING_TRANSFORM = `scale(${SHAPE_MIN_SCALE})`;

/** Re-render only when the words on screen change (the shape moves through its ref, not through renders). */
function sameText(a: BreathMoment, b: BreathMoment, reducedMotion: boolean): boolean {
  return (
    a.phase === b.phase &&
    a.breath === b.breath &&
    a.secondsLeft === b.secondsLeft &&
    // The reduced-motion progress bar moves in small steps instead of every frame.
    (!reducedMotion || Math.round(a.progress * 40) === Math.round(b.progress * 40))
  );
}

export function BreathingDrill({ pace: paceProp, reducedMotion, breathingOnly = false, onFinish, onClose, clock = () => performance.now() }: Props) {
  // The pace is fixed when the drill starts: a settings change mid-drill must not make it jump.
  const pace = useRef(paceProp).current;
  const startedAt = useRef(clock()).current;
  const [moment, setMoment] = useState(() => breathAt(0, pace));
  const shapeRef = useRef<HTMLDivElement>(null);
  const stopRef = useRef<HTMLButtonElement>(null);
  const backRef = useRef<HTMLButtonElement>(null);
  const finished = useRef(false);
  const finish = useRef(onFinish);
  finish.current = onFinish;
  const done = moment.phase === 'done';

  useEffect(() => {
    let frame = 0;
    let running = true;
    const stop = () => {
      running = false;
      cancelAnimationFrame(frame);
      clearInterval(timer);
    };
    const tick = () => {
      const now = breathAt(clock() - startedAt, pace);
      if (!reducedMotion && shapeRef.current) shapeRef.current.style.transform = `scale(${shapeScale(now).toFixed(4)})`;
      setMoment((prev) => (sameText(prev, now, reducedMotion) ? prev : now));
      if (now.phase === 'done') {
        stop();
        if (!finished.current) {
          finished.current = true;
          finish.current(drillDurationSec(pace));
        }
      }
    };
    const onFrame = () => {
      tick();
      if (running) frame = requestAnimationFrame(onFrame);
    };
    // Frames move the shape smoothly; the interval keeps the words and the finish on time even when the
    // browser holds back animation frames. Under reduced motion there are no frames at all.
    const timer = setInterval(tick, reducedMotion ? 200 : 500);
    if (!reducedMotion) frame = requestAnimationFrame(onFrame);
    tick();
    return stop;
  }, [reducedMotion]);

  // In the same task as the view change, so a key pressed right after lands on Stop.
  useLayoutEffect(() => {
    (done ? backRef : stopRef).current?.focus();
  }, [done]);

  const phaseWord = moment.phase === 'in' ? t('popupBreatheIn') : t('popupBreatheOut');
  const cues = drillCues(breathingOnly);
  const phaseCue = moment.phase === 'in' ? t(cues.in) : t(cues.out);

  return (
    <section class="drill" aria-labelledby="drill-heading">
      <h2 id="drill-heading" class="section-title">{t('popupDrillHeading')}</h2>
      <p class="drill-setup muted small">{t(cues.setUp)}</p>
      <div class={`drill-stage${reducedMotion ? ' is-still' : ''}`} aria-hidden="true">
        <div
          ref={shapeRef}
          class="breath-shape"
          data-testid="breath-shape"
          style={reducedMotion ? undefined : { transform: RESTING_TRANSFORM }}
        >
          {reducedMotion && !done && <span class="breath-countdown">{t('popupSecondsLeft', moment.secondsLeft)}</span>}
        </div>
      </div>
      {/* Polite and changed only when the phase changes, so a screen reader hears each phase once. */}
      <p class="drill-phase" aria-live="polite">
        {done ? (
          <>
            <strong>{t('popupDrillDoneTitle')}</strong> <span>{t('popupDrillDoneText')}</span>
          </>
        ) : (
          <>
            <strong>{phaseWord}</strong> <span>{phaseCue}</span>
          </>
        )}
      </p>
      {!done && (
        <>
          {reducedMotion && <progress class="drill-progress" aria-label={phaseWord} max={1} value={moment.progress} />}
          <p class="drill-count">{t('popupBreathCount', moment.breath, moment.breaths)}</p>
          <p class="drill-care muted small">{t(cues.care)}</p>
          <button ref={stopRef} type="button" class="btn btn-secondary btn-wide" onClick={onClose}>
            {t('popupDrillStop')}
          </button>
        </>
      )}
      {done && (
        <button ref={backRef} type="button" class="btn btn-primary btn-wide" onClick={onClose}>
          {t('popupDrillBack')}
        </button>
      )}
    </section>
  );
}
