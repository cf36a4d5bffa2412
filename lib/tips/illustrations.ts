/** Text alternatives for the drawings in components/illustrations: what a sighted reader takes from each. */
import type { IllustrationId } from './tip-model';

export const ILLUSTRATION_ALT: Record<IllustrationId, string> = {
  'hip-hinge':
    'Two people bending down to a box. Left, marked with a cross: legs straight and back rounded. Right, marked with a tick: a hip hinge, hips pushed back, knees soft and back long.',
  'feeding-setup':
    'A parent sitting upright to feed, with a cushion behind the mid-back, feet up on a low stool and the baby raised to chest height on pillows.',
  'glute-bridge': 'A person lying on their back with knees bent and feet flat, lifting the hips into a bridge.',
  'open-book':
    'A person lying on their side with knees bent, seen from above: the bottom arm stays forward while the top arm sweeps up and over to open the chest, like a book.',
  'breathing-360':
    'A torso with arrows showing the ribs widening to the sides, and the rib cage seen from above widening to the front, the sides and the back on a breath in.',
  'cat-cow':
    'A person on hands and knees shown twice: first rounding the back up towards the ceiling with the head dropped, then letting the back dip gently with the head lifted.',
  'seated-twist':
    'A person sitting tall, seen from the front, arms crossed over the chest, with an arrow showing the ribs turning to one side while the hips stay still.',
  'chair-extension':
    'A person sitting on a chair with hands behind the head, leaning the upper back over the top of the chair back so the chest lifts towards the ceiling.',
  'standing-reach':
    'A person standing, seen from the front, fingers laced and arms reaching up tall, with curved lines showing a small lean to each side.',
  'open-chest':
    'A person standing with hands clasped behind the lower back, chest open, with an arrow showing the shoulders drawing back and down.',
  'roll-down':
    'A person sitting on a chair, rounding forward with the chin tucked and the head coming towards the knees, with an arrow showing the roll down and back up.',
  hamstrings:
    'A person sitting at the front edge of a chair with one leg straight out, heel on the floor and toes up, tipping forward from the hips with a long back.',
  'lunge-down':
    'A person half-kneeling on the floor, one knee down and the other foot forward, back tall, holding the baby against the chest, with an arrow showing the push up to standing.',
  'car-seat-carry':
    'A person standing and carrying an infant car seat in front of the body, close in against it, with both hands on the handle.',
  'load-close':
    'A person standing and holding a basket against the chest, with an arrow showing it drawn in from arm’s length to the body.',
  'into-cot':
    'A person standing close to a cot, hips pushed back and back long, lowering the baby held against the chest into the cot.',
  carrier:
    'A person standing with the baby in a carrier, sitting high and snug on the chest with the baby’s head just below the parent’s chin.',
  'switch-hips':
    'A person standing tall over both feet, seen from the front, holding the baby on one hip, with an arrow showing the baby moving across to the other hip.',
  'stroller-into-car':
    'A person standing close to the open boot of a car, hips pushed back and back long, resting a folded stroller on the edge of the boot before sliding it in.',
  'side-lying-feed':
    'Seen from above, a parent lying on one side with the head on a pillow, a pillow behind the back and one between the bent knees, the baby lying alongside facing the parent’s chest.',
  'bottle-feed':
    'A parent sitting upright in a chair, holding the baby fairly upright against the chest with the feeding arm resting on a pillow, giving a bottle.',
  'sit-to-stand':
    'A person rising from a chair without using the hands: feet under the knees, leaning forward from the hips, hips just lifting off the seat, with an arrow pointing up.',
  'desk-setup':
    'A person sitting at a desk: a cushion behind the mid-back, feet on a footrest, elbows by the sides at a keyboard close to the body, and the top of the screen at eye height.',
  walk: 'A person walking with arms swinging, towards a tree.',
  'stand-for-calls':
    'A person standing on both feet taking a phone call, next to a laptop on a high table.',
  'rib-stack':
    'A person standing seen from the side, the rib cage stacked straight above the pelvis, with a line showing them lined up.',
  rest: 'A person lying on their back with the head on a pillow and the calves resting up on a cushion.',
  'getting-up':
    'A person getting out of bed: lying on the side near the edge, pushing up with the arms as the legs lower over the side, moving in one piece.',
};
