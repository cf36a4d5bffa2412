/**
 * Which one thing leads the popup. A tired parent holding a baby should find the one action that matters now
 * at the top, in the largest target; everything else waits in a quieter area below.
 *
 * Rules, in words, first match wins:
 * 1. The breathing drill, once started, fills the popup: its main action is Stop.
 * 2. A running feed leads: a big running time and End feed. A posture check that is due is answered inside
 *    the feed card with one tap (the notification offers the same two answers: Done and End feed). Any other
 *    reminder that waits during a feed (a snooze coming back) sits in the quiet area below.
 * 3. A waiting reminder leads: what to do, then Done and Snooze.
 * 4. A running pause leads: when it ends, and Resume.
 * 5. Otherwise the popup is idle: the drill (Breathe) leads, the tip and a feed's start follow.
 */
import type { ReminderKind } from '../vocabulary';

export type LeadKind = 'drill' | 'feed' | 'reminder' | 'paused' | 'idle';

/** The action in the largest target at the top. */
export type MainAction = 'stop-drill' | 'end-feed' | 'done' | 'resume' | 'breathe';

export interface LeadInput {
  /** The kind of the reminder waiting for an answer, or null. */
  waiting: ReminderKind | null;
  /** A feed is running. */
  feeding: boolean;
  /** Reminders are paused right now. */
  paused: boolean;
  /** The drill view is open. */
  drill: boolean;
}

export interface Lead {
  kind: LeadKind;
  main: MainAction;
  /** A posture check waits and is answered inside the feed card. */
  checkIn: boolean;
  /** A reminder that waits but does not lead: shown, quieter, below the lead. */
  quietReminder: ReminderKind | null;
}

const MAIN: Record<LeadKind, MainAction> = {
  drill: 'stop-drill',
  feed: 'end-feed',
  reminder: 'done',
  paused: 'resume',
  idle: 'breathe',
};

export function leadFor({ waiting, feeding, paused, drill }: LeadInput): Lead {
  const lead = (kind: LeadKind, checkIn = false, quietReminder: ReminderKind | null = null): Lead => ({
    kind,
    main: MAIN[kind],
    checkIn,
    quietReminder,
  });
  if (drill) return lead('drill');
  if (feeding) return waiting === 'checkin' ? lead('feed', true) : lead('feed', false, waiting);
  if (waiting) return lead('reminder');
  if (paused) return lead('paused');
  return lead('idle');
}
