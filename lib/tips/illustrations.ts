/** Text alternatives for the drawings in components/illustrations: what a sighted reader takes from each. */
import type { IllustrationId } from './tip-model';

export const ILLUSTRATION_ALT: Record<IllustrationId, string> = {
  'hip-hinge':
    'Two people bending down to a box. Left: legs straighter and back rounded, which is safe. Right, marked with a tick as often easier in the early months: a hip hinge, hips pushed back, knees soft and back long.',
  'feeding-setup':
    'A parent sitting upright to feed, with a cushion behind the mid-back, feet up on a low stool and the baby raised to chest height on pillows.',
  'glute-bridge': 'A person lying on their back with knees bent and feet flat, lifting the hips into a bridge.',
  'open-book':
    'A person lying on their side with knees bent, seen from above: the bottom arm stays forward while the top arm sweeps up and over to open the chest, like a book.',
  'breathing-360':
    'A torso with arrows showing the ribs widening to the sides, and the rib cage seen from above widening to the front, the sides and the back on a breath in.',
};
