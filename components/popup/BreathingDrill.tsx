import { useEffect, useLayoutEffect, useRef, useState } from 'preact/hooks';
import {
  breathAt,
  drillDurationSec,
  LEAD_IN_SEC,
  leadInLeft,
  SHAPE_MIN_SCALE,
  shapeScale,
  type BreathMoment,
  type BreathPace,
} from '../../lib/breathing/breathing';
import { drillCues } from '../../lib/breathing/drill-cues';
import { t } from '../../shell/i18n';

type Props = {
  pace: BreathPace;
  /** No scaling and no fades: a text countdown and a stepped progress bar instead. */
  reducedMotion: boolean;
  /** The finished drill is in today's history (the end says so). */
  counted?: boolean;
  /** Called once, when the drill ran to its end (never on Stop). */
  onFinish(durationSec: number): void;
  /** Stop during the drill, Back after it. */
  onClose(): void;
  /** The breathing-only drill: no pelvic-floor lift in the cues. */
  breathingOnly?: boolean;
  /** A monotonic clock in ms; the drill's position is always derived from it, never from counting ticks. */
  clock?: () => number;
};

/** What the words on screen depend on: the lead-in's count, then the breath. */
interface DrillView {
  lead: number;
  moment: BreathMoment;
}

const LEAD_MS = LEAD_IN_SEC * 1000;
const RESTING_TRANSFORM = `scale(${SHAPE_MIN_SCALE})`;

function viewAt(elapsedMs: number, pace: BreathPace): DrillView {
  return { lead: leadInLeft(elapsedMs), moment: breathAt(elapsedMs - LEAD_MS, pace) };
}

/** Re-render only when the words on screen change (the shape and the bar move through refs, not renders). */
function sameText(a: DrillView, b: DrillView, reducedMotion: boolean): boolean {
  return (
    a.lead === b.lead &&
    a.moment.phase === b.moment.phase &&
    a.moment.breath === b.moment.breath &&
    a.moment.secondsLeft === b.moment.secondsLeft &&
    // Under reduced motion the progress bar moves in small steps, through renders.
    (!reducedMotion || Math.round(a.moment.drillProgress * 60) === Math.round(b.moment.drillProgress * 60))
  );
}

/**
 * The one-minute 360° breathing drill: a short set-up and a 3-2-1, then a wide shape (the ribs seen from
 * above, front, sides and back) that widens on the inhale and narrows on the exhale, its colour easing
 * between the two; a quiet bar for the whole drill; an end that says it was counted. Only `transform` and
 * `opacity` ever animate. Under reduced motion nothing moves: a countdown in words and a stepped bar.
 */
export function BreathingDrill({ pace: paceProp, reducedMotion, counted = false, breathingOnly = false, onFinish, onClose, clock = () => performance.now() }: Props) {
  // The pace is fixed when the drill starts: a settings change mid-drill must not make it jump.
  const pace = useRef(paceProp).current;
  const startedAt = useRef(clock()).current;
  const [view, setView] = useState(() => viewAt(0, pace));
  const shapeRef = useRef<HTMLDivElement>(null);
  const barRef = useRef<HTMLDivElement>(null);
  const inFillRef = useRef<HTMLDivElement>(null);
  const outFillRef = useRef<HTMLDivElement>(null);
  const inhalingShown = useRef(false);
  const stopRef = useRef<HTMLButtonElement>(null);
  const backRef = useRef<HTMLButtonElement>(null);
  const finished = useRef(false);
  const finish = useRef(onFinish);
  finish.current = onFinish;
  const { lead, moment } = view;
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
      const now = viewAt(clock() - startedAt, pace);
      // The colour eases between in and out through the two fills' opacity (instantly under reduced motion,
      // where CSS has no transition): no class changes, so nothing but opacity and transform ever changes.
      const inhaling = now.lead === 0 && now.moment.phase === 'in';
      if (inhaling !== inhalingShown.current && inFillRef.current && outFillRef.current) {
        inhalingShown.current = inhaling;
        inFillRef.current.style.opacity = inhaling ? '1' : '0';
        outFillRef.current.style.opacity = inhaling ? '0' : '1';
      }
      if (!reducedMotion) {
        const scale = now.lead > 0 ? SHAPE_MIN_SCALE : shapeScale(now.moment);
        if (shapeRef.current) shapeRef.current.style.transform = `scale(${scale.toFixed(4)})`;
        if (barRef.current) barRef.current.style.transform = `scaleX(${now.moment.drillProgress.toFixed(4)})`;
      }
      setView((prev) => (sameText(prev, now, reducedMotion) ? prev : now));
      if (now.moment.phase === 'done') {
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

  const leading = lead > 0 && !done;
  const phaseWord = moment.phase === 'in' ? t('popupBreatheIn') : t('popupBreatheOut');
  const cues = drillCues(breathingOnly);
  const phaseCue = moment.phase === 'in' ? t(cues.in) : t(cues.out);
  const percent = Math.round(moment.drillProgress * 100);

  return (
    <section class="drill" aria-labelledby="drill-heading">
      <h2 id="drill-heading" class="section-title">
        {t('popupDrillHeading')}
      </h2>
      <div class={`drill-stage${reducedMotion ? ' is-still' : ''}`} aria-hidden="true">
        <span class="rib-label is-front">{t('popupDrillFront')}</span>
        <span class="rib-label is-left">{t('popupDrillSide')}</span>
        <span class="rib-label is-right">{t('popupDrillSide')}</span>
        <span class="rib-label is-back">{t('popupDrillBackLabel')}</span>
        <div class="breath-outline" />
        <div
          ref={shapeRef}
          class="breath-shape"
          data-testid="breath-shape"
          style={reducedMotion ? undefined : { transform: RESTING_TRANSFORM }}
        >
          <div ref={inFillRef} class="breath-fill is-in" data-testid="fill-in" style={{ opacity: 0 }} />
          <div ref={outFillRef} class="breath-fill is-out" style={{ opacity: 1 }} />
        </div>
        <span class="drill-number" data-testid="drill-number">
          {leading ? lead : reducedMotion && !done ? t('popupSecondsLeft', moment.secondsLeft) : ''}
        </span>
      </div>
      {/* Polite and changed only when the words change, so a screen reader hears each phase once. */}
      <p class="drill-phase" aria-live="polite">
        {done ? (
          <>
            <strong>{t('popupDrillDoneTitle')}</strong> <span>{t('popupDrillDoneText')}</span>
            {counted && (
              <span class="drill-counted" data-testid="drill-counted">
                {' '}
                {t('popupDrillCounted')}
              </span>
            )}
          </>
        ) : leading ? (
          <>
            {/* The 3-2-1 is for the eyes only: the set-up is announced once, then the first breath. */}
            <strong>{t(cues.setUp)}</strong>
          </>
        ) : (
          <>
            <strong>{phaseWord}</strong> <span>{phaseCue}</span>
          </>
        )}
      </p>
      <div
        class="drill-bar"
        role="progressbar"
        aria-label={t('popupDrillProgress')}
        aria-valuemin={0}
        aria-valuemax={100}
        aria-valuenow={percent}
        data-testid="drill-bar"
      >
        <div
          ref={barRef}
          class="drill-bar-fill"
          style={{ transform: `scaleX(${reducedMotion ? moment.drillProgress.toFixed(3) : done ? 1 : 0})` }}
        />
      </div>
      {!done && <p class="drill-count">{leading ? '\u00a0' : t('popupBreathCount', moment.breath, moment.breaths)}</p>}
      {!done && <p class="drill-care muted small">{t(cues.care)}</p>}
      {!done ? (
        <button ref={stopRef} type="button" class="btn btn-secondary btn-big btn-wide" onClick={onClose}>
          {t('popupDrillStop')}
        </button>
      ) : (
        <button ref={backRef} type="button" class="btn btn-primary btn-big btn-wide" onClick={onClose}>
          {t('popupDrillBack')}
        </button>
      )}
    </section>
  );
}
