/**
 * The notification text for each tip that goes with a reminder (general tips never do): readable at a glance
 * (at most 90 characters). The background needs only these words.
 */
import type { ReminderTipId } from './tip-index';

export const TIP_CUES: Record<ReminderTipId, string> = {
  // feeding
  'feed-pillow-mid-back': 'Before the next feed: a cushion behind your mid-back so the chair holds you up.',
  'feed-feet-raised': 'Find a footstool or a low box for your feet before the next feed.',
  'feed-baby-up': 'Pillows on your lap so the baby comes up to you, not you down to them.',
  'feed-tummy-to-tummy': 'Next feed: baby on their side facing you, your arm resting on a pillow.',
  'feed-side-lying': 'Feeding lying down? In bed only, never a sofa; baby back to their own cot after.',
  'feed-bottle': 'Bottle feed: baby upright and close, your arm resting on a pillow.',
  'feed-shoulders-down': 'Breathe out and let your shoulders sink away from your ears.',
  'feed-chin-level': 'Look up for two breaths: chin level, neck long.',
  'feed-water': 'Set water and a snack within reach before the next feed.',
  'feed-legs-uncrossed': 'Legs uncrossed, both feet flat on the floor or a stool.',
  'feed-switch-arms': 'Which arm is holding? Let the other take a turn when you can.',
  'feed-caesarean-holds': 'After a caesarean: try the rugby hold, baby along your side on a pillow.',
  // desk
  'feed-at-desk': 'Feeding at the desk? Chair back, cushion behind you, baby up on a pillow.',
  'desk-chair': 'Desk check: back supported, feet down, keyboard close.',
  'desk-two-minute-walk': 'Two-minute walk: up, arms swinging, around the room.',
  'desk-reset': 'Quick reset: feet down, ribs over pelvis, shoulders easy.',
  'desk-stand-for-calls': 'Next call: take it standing, weight on both feet.',
  // lifting
  'lift-hip-hinge': 'Hip hinge practice: hips back, back long, knees soft. Five slow ones.',
  'lift-lunge-down': 'Baby on the floor? Lunge down with a tall back, baby to your chest, then stand.',
  'lift-load-close': 'Lifting? Pull the load in close to your chest before you stand.',
  'lift-exhale': 'Next lift: breathe in to prepare, breathe out as you rise.',
  'lift-switch-hips': 'Carrying on one hip? Swap to the other side.',
  'lift-car-seat': 'Car seat: carry it close in front of you, not hanging at your side.',
  'lift-stroller': 'Stroller into the car: stand close, hinge, lift it in two steps.',
  'lift-into-cot': 'Putting the baby down? Stand close, hinge, breathe out as you lower.',
  'lift-carrier': 'Carrier on? Straps snug, baby high and close.',
  'lift-one-breath': 'Before the next lift: one breath, feet set, come close.',
  'lift-for-you': 'For now, lift nothing heavier than your baby: ask someone to carry the rest.',
  // breathing
  'breath-360': 'Five slow breaths: belly soft, ribs widening all the way round.',
  'breath-exhale-lift': 'Five breaths: on each breath out, gently lift the pelvic floor.',
  'breath-rib-stack': 'Stack check: ribs resting right above your pelvis.',
  'breath-feed-breaths': 'Three slow breaths into your lower ribs, widening against the chair.',
  'pf-slow-holds': 'Pelvic floor: squeeze and lift, hold up to ten seconds, then let go fully.',
  // mobility
  'mob-cat-cow': 'Cat–cow: round and arch your back slowly, five times.',
  'mob-open-book': 'Open-book: lie on your side, open your top arm wide, five each side.',
  'mob-seated-twist': 'Sit tall, arms crossed: turn slowly left and right, five each way.',
  'mob-chair-extension': 'Stand, hands on your hips, and gently lift your chest to the ceiling. Three times.',
  'mob-standing-reach': 'Stand, lace your fingers, palms up and reach tall. Breathe.',
  'mob-open-chest': 'Feed done? Stand, open your chest, three slow breaths.',
  'mob-roll-down': 'Seated roll-down: chin drops, spine rounds, roll up slowly.',
  'mob-hamstrings': 'Edge of the chair, one heel forward, tip from the hips. Both legs.',
  // strength
  'str-glute-bridge': 'Glute bridge: breathe out, press through your heels, lift. Eight slow ones.',
  'str-sit-to-stand': 'Sit to stand: hands on your thighs, breathe out as you rise. Five times.',
  'str-heavier-than-child': 'Strength break: five slow hinges with a weight you control well.',
  // self-care
  'care-short-walk': 'Feed done? A short walk outside, if you can.',
  'care-caesarean-getting-up': 'Getting up from bed? Roll to your side first, then push up with your arms.',
  // get-help
};

/**
 * The posture checklist for check-ins during a feed, in the order they rotate. Each is a notification body
 * (at most 90 characters).
 */
export const CHECKIN_CUES: readonly string[] = [
  'Is your mid-back resting on the chair or a cushion?',
  'Feet up on a stool or a low box?',
  'Bring the baby up to you on a pillow, rather than leaning down.',
  'Let your shoulders drop away from your ears.',
  'Chin level: look up from the baby for a breath or two.',
  'Baby done on this side? Offer the other, or rest them on your other arm.',
  'Water within reach? Have a sip.',
];

export function cueForTip(id: string): string {
  return (TIP_CUES as Record<string, string>)[id] ?? '';
}
