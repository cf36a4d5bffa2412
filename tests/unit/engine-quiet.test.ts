/** Quiet when it matters: reminders wait while a window is fullscreen or (when chosen) a tab plays sound. */
import { describe, expect, it } from 'vitest';
import { HOLD_RECHECK_MIN, command, wake, wakeUps, type Moment, type Step } from '../../lib/schedule/engine';
import { initialState, type EngineState } from '../../lib/schedule/state';
import { defaultSettings, type Settings } from '../../lib/settings/settings';
import type { HoldReason } from '../../lib/vocabulary';

const MIN = 60_000;
const MONDAY = (hhmm: string) => new Date(`2026-11-23T${hhmm}`).getTime(); // Europe/Berlin in this suite

function moment(now: number, presenting: HoldReason | null = null, settings: Partial<Settings> = {}): Moment {
  return { settings: { ...defaultSettings(), ...settings }, now, presence: 'active', presenting, pick: 0.3 };
}

const shownKinds = (step: Step) => step.record.filter((e) => e.type === 'reminder' && e.outcome === 'shown').map((e) => (e.type === 'reminder' ? e.kind : ''));
const outcomes = (step: Step) => step.record.flatMap((e) => (e.type === 'reminder' ? [`${e.kind}:${e.outcome}`] : []));

/** Movement due at 09:50 (started 09:00), feeding at 12:00. */
const started = (): EngineState => wake(initialState(), moment(MONDAY('09:00'))).state;

describe('holding while presenting', () => {
  it('holds a reminder that falls due while a window is fullscreen, and looks again at a slow rate', () => {
    const step = wake(started(), moment(MONDAY('09:50'), 'fullscreen'));
    expect(step.show).toBeNull();
    expect(step.record).toEqual([]);
    expect(step.state.held).toEqual({ by: 'fullscreen', since: MONDAY('09:50') });
    expect(step.state.movementDueAt).toBe(MONDAY('09:50')); // still due
    expect(wakeUps(step.state, MONDAY('09:50')).get('held')).toBe(MONDAY('09:50') + HOLD_RECHECK_MIN * MIN);
  });

  it('shows it once when fullscreen ends, then runs on from then', () => {
    let state = wake(started(), moment(MONDAY('09:50'), 'fullscreen')).state;
    state = wake(state, moment(MONDAY('09:52'), 'fullscreen')).state;
    expect(state.held?.since).toBe(MONDAY('09:50')); // since the first hold, not each look
    const step = wake(state, moment(MONDAY('10:04')));
    expect(shownKinds(step)).toEqual(['movement']);
    expect(step.state.held).toBeNull();
    expect(step.state.movementDueAt).toBe(MONDAY('10:54'));
    expect(wakeUps(step.state, MONDAY('10:04')).has('held')).toBe(false);
    // and only once
    expect(shownKinds(wake(step.state, moment(MONDAY('10:05'))))).toEqual([]);
  });

  it('drops a movement reminder held longer than its interval instead of doubling it', () => {
    const state = wake(started(), moment(MONDAY('09:50'), 'fullscreen')).state;
    const step = wake(state, moment(MONDAY('10:41')));
    expect(step.show).toBeNull();
    expect(outcomes(step)).toEqual(['movement:skipped']);
    expect(step.state.movementDueAt).toBe(MONDAY('11:31'));
    expect(step.state.held).toBeNull();
  });

  it('drops it while still presenting once it is a whole interval late, and stops looking', () => {
    const state = wake(started(), moment(MONDAY('09:50'), 'fullscreen')).state;
    const step = wake(state, moment(MONDAY('10:40'), 'fullscreen'));
    expect(outcomes(step)).toEqual(['movement:skipped']);
    expect(step.state.held).toBeNull();
    expect(wakeUps(step.state, MONDAY('10:40')).has('held')).toBe(false);
  });

  it('holds several due reminders as one and shows only the most important when the window is back', () => {
    let state: EngineState = { ...started(), movementDueAt: MONDAY('11:58') };
    state = wake(state, moment(MONDAY('12:00'), 'fullscreen')).state;
    const step = wake(state, moment(MONDAY('12:06')));
    expect(shownKinds(step)).toEqual(['feeding']);
    expect(outcomes(step).sort()).toEqual(['feeding:shown', 'movement:missed']);
    expect(step.show?.kind).toBe('feeding');
  });

  it('holds a feed check-in while fullscreen, and shows it after', () => {
    let state = command(started(), moment(MONDAY('09:00')), { type: 'start-feed', side: 'left' }).state;
    const due = state.feed!.nextCheckInAt;
    const held = wake(state, moment(due, 'fullscreen'));
    expect(held.show).toBeNull();
    expect(held.state.held?.by).toBe('fullscreen');
    state = held.state;
    expect(wake(state, moment(due + 3 * MIN)).show?.kind).toBe('checkin');
  });

  it('holds nothing during a pause (the pause holds everything anyway)', () => {
    const paused = command(started(), moment(MONDAY('09:40')), { type: 'pause', preset: '30m' }).state;
    const step = wake(paused, moment(MONDAY('09:55'), 'fullscreen'));
    expect(step.state.held).toBeNull();
    expect(wakeUps(step.state, MONDAY('09:55'))).toEqual(new Map([['pause-end', MONDAY('10:10')]]));
  });

  it('holds for sound as for fullscreen, when the shell reports it', () => {
    const step = wake(started(), moment(MONDAY('09:50'), 'sound'));
    expect(step.show).toBeNull();
    expect(step.state.held).toEqual({ by: 'sound', since: MONDAY('09:50') });
  });

  it('does nothing while presenting when nothing is due: no hold, no extra wake-up', () => {
    const step = wake(started(), moment(MONDAY('09:30'), 'fullscreen'));
    expect(step.state.held).toBeNull();
    expect([...wakeUps(step.state, MONDAY('09:30')).keys()].sort()).toEqual(['feeding', 'movement']);
  });
});

describe('posture check cues for a bottle feed', () => {
  it('never asks to offer the other side during a bottle feed, and does at the breast', async () => {
    const { checkInCue, CHECKIN_CUES } = await import('../../lib/tips/tip-cues');
    const { t } = await import('../../shell/i18n');
    const bottle = CHECKIN_CUES.map((_, n) => t(checkInCue(n, 'bottle')));
    expect(bottle.some((cue) => /other side|Offer the other/i.test(cue))).toBe(false);
    const breast = CHECKIN_CUES.map((_, n) => t(checkInCue(n, 'left')));
    expect(breast.some((cue) => /Offer the other/.test(cue))).toBe(true);
  });
});
