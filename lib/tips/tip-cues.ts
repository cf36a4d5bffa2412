/**
 * The notification text for each tip that goes with a reminder (general tips never do): readable at a glance
 * (at most 90 characters). The background needs only these words.
 */
import type { FeedSide } from '../vocabulary';
import type { ReminderTipId } from './tip-index';

export const TIP_CUES: Record<ReminderTipId, string> = {
  // feeding
  'feed-pillow-mid-back': 'Next feed: a cushion behind your mid-back.',
  'feed-feet-raised': 'Next feed: feet up on a stool or a low box.',
  'feed-baby-up': 'Pillows on your lap: bring the baby up to you.',
  'feed-tummy-to-tummy': 'Next feed: baby on their side facing you, arm on a pillow.',
  'feed-side-lying': 'Feeding lying down? In bed, never a sofa; baby back to their cot after.',
  'feed-bottle': 'Bottle feed: baby upright and close, arm on a pillow.',
  'feed-shoulders-down': 'Breathe out and let your shoulders sink.',
  'feed-chin-level': 'Look up for two breaths: chin level, neck long.',
  'feed-water': 'Water and a snack within reach before the next feed.',
  'feed-legs-uncrossed': 'Legs uncrossed, both feet down.',
  'feed-switch-arms': 'Which arm is holding? Let the other take a turn.',
  // desk
  'feed-at-desk': 'Feeding at the desk? Chair back, cushion behind, baby on a pillow.',
  'desk-chair': 'Desk check: back supported, feet down, keyboard close.',
  'desk-two-minute-walk': 'Two-minute walk: up, arms swinging.',
  'desk-reset': 'Reset: feet down, ribs over pelvis, shoulders easy.',
  'desk-stand-for-calls': 'Next call: take it standing.',
  // lifting
  'lift-hip-hinge': 'Hip hinge: hips back, back long, knees soft. Five slow ones.',
  'lift-lunge-down': 'Baby on the floor? Lunge down, baby to your chest, then stand.',
  'lift-load-close': 'Lifting? Pull the load close before you stand.',
  'lift-exhale': 'Next lift: breathe out as you rise.',
  'lift-switch-hips': 'Carrying on one hip? Swap sides.',
  'lift-car-seat': 'Car seat: carry it close in front of you.',
  'lift-stroller': 'Stroller into the car: stand close, hinge, two steps.',
  'lift-into-cot': 'Putting the baby down? Stand close, hinge, breathe out.',
  'lift-carrier': 'Carrier on? Straps snug, baby high and close.',
  'lift-one-breath': 'Before the next lift: one breath, feet set, come close.',
  // breathing
  'breath-360': 'Five slow breaths: belly soft, ribs widening all round.',
  'breath-exhale-lift': 'Five breaths: lift the pelvic floor as you breathe out.',
  'breath-rib-stack': 'Stack check: ribs over your pelvis.',
  'breath-feed-breaths': 'Three slow breaths into your lower ribs.',
  'pf-slow-holds': 'Pelvic floor: squeeze, lift, hold ten seconds, let go fully.',
  // mobility
  'mob-cat-cow': 'Cat–cow: round and arch your back, five times.',
  'mob-open-book': 'Open-book: on your side, open your top arm wide.',
  'mob-seated-twist': 'Sit tall, arms crossed: turn left and right.',
  'mob-chair-extension': 'Stand, hands on hips, gently lift your chest. Three times.',
  'mob-standing-reach': 'Stand, lace your fingers, palms up, reach tall.',
  'mob-open-chest': 'Feed done? Stand and open your chest for three breaths.',
  'mob-roll-down': 'Seated roll-down: chin drops, spine rounds, roll up.',
  'mob-hamstrings': 'Edge of the chair, one heel forward, tip from the hips.',
  // strength
  'str-glute-bridge': 'Glute bridge: breathe out, press through your heels.',
  'str-sit-to-stand': 'Sit to stand: hands on your thighs, breathe out as you rise.',
  'str-heavier-than-child': 'Strength break: five slow hinges with a weight you control.',
  // self-care
  'care-short-walk': 'Feed done? A short walk outside, if you can.',
  'care-caesarean-getting-up': 'Getting up? Roll to your side, then push up with your arms.',
  // get-help
};

/**
 * The posture checklist for check-ins during a feed, in the order they rotate. Each is a notification body
 * (at most 90 characters).
 */
/** The check-in cue about the other breast: it means nothing during a bottle feed. */
const OTHER_SIDE_CUE = 'Baby done on this side? Offer the other, or rest them on your other arm.';

export const CHECKIN_CUES: readonly string[] = [
  'Is your mid-back resting on the chair or a cushion?',
  'Feet up on a stool or a low box?',
  'Bring the baby up to you on a pillow, rather than leaning down.',
  'Let your shoulders drop away from your ears.',
  'Chin level: look up from the baby for a breath or two.',
  OTHER_SIDE_CUE,
  'Water within reach? Have a sip.',
];

/** The cue for a feed's n-th posture check (0 at its start): the checklist in turn, without sides for a bottle. */
export function checkInCue(checkIns: number, side: FeedSide | null): string {
  const list = side === 'bottle' ? CHECKIN_CUES.filter((cue) => cue !== OTHER_SIDE_CUE) : CHECKIN_CUES;
  return list[checkIns % list.length] ?? '';
}

export function cueForTip(id: string): string {
  return (TIP_CUES as Record<string, string>)[id] ?? '';
}
