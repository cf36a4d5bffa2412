import type { IllustrationId } from './tip-model';

/** Text alternatives for the drawings in components/illustrations. */
export const ILLUSTRATION_ALT: Record<IllustrationId, string> = {
  'hip-hinge': 'Two figures bending down: on the left a rounded back, on the right a hip hinge with the hips pushed back and the back long.',
  'feeding-setup': 'A parent seated for a feed with a pillow behind the mid-back, feet on a low stool and the baby raised on a pillow.',
  'glute-bridge': 'A person lying on their back with knees bent, lifting the hips into a bridge.',
  'open-book': 'A person lying on their side with knees bent, opening the top arm across to the other side like a book.',
  'breathing-360': 'A torso with arrows showing the ribs widening to the front, the sides and the back on a breath in.',
};
