/**
 * The notification text for each tip that goes with a reminder (general tips never do), and the posture
 * checklist of a feed. The words are locale messages (lib/locales/<locale>/cues.json): the background never
 * loads a tip's words, only the browser's message for the one cue it shows. This module names them.
 */
import type { MessageKey } from '../locales/locales';
import type { FeedSide } from '../vocabulary';
import { REMINDER_TIPS } from './reminder-tips';
import type { ReminderTipId } from './tip-index';

type Snake<S extends string> = S extends `${infer Head}-${infer Rest}` ? `${Head}_${Snake<Rest>}` : S;

/** A reminder tip's cue message: `cue_` and its id with underscores ("cue_feed_baby_up"). */
export type CueKey = `cue_${Snake<ReminderTipId>}`;

// Every reminder tip has its cue in the messages: a missing one fails the type check here.
type MissingCue = Exclude<CueKey, MessageKey>;
const everyCueIsAMessage: [MissingCue] extends [never] ? true : MissingCue = true;
void everyCueIsAMessage;

const WITH_CUE: ReadonlySet<string> = new Set(REMINDER_TIPS.map((tip) => tip.id));

/** A tip's cue message, or null for a tip that has none (a general tip, an unknown id). */
export function cueForTip(id: string): CueKey | null {
  return WITH_CUE.has(id) ? (`cue_${id.replaceAll('-', '_')}` as CueKey) : null;
}

/** The check-in cue about the other breast: it means nothing during a bottle feed. */
const OTHER_SIDE_CUE = 'checkInOtherSide';

/** The posture checklist for check-ins during a feed, in the order it rotates. */
export const CHECKIN_CUES = [
  'checkInMidBack',
  'checkInFeet',
  'checkInBabyUp',
  'checkInShoulders',
  'checkInChin',
  OTHER_SIDE_CUE,
  'checkInWater',
] as const satisfies readonly MessageKey[];

export type CheckInCueKey = (typeof CHECKIN_CUES)[number];

/** The cue for a feed's n-th posture check (0 at its start): the checklist in turn, without sides for a bottle. */
export function checkInCue(checkIns: number, side: FeedSide | null): CheckInCueKey {
  const list = side === 'bottle' ? CHECKIN_CUES.filter((cue) => cue !== OTHER_SIDE_CUE) : CHECKIN_CUES;
  return list[checkIns % list.length]!;
}
