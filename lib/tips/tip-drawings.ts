/**
 * Which drawing (components/illustrations) goes with which tip. Only the popup shows drawings, so this lives
 * beside the index rather than in it: the background chooses tips from the index and carries none of it.
 */
import type { TipId } from './tip-index';
import type { IllustrationId } from './tip-model';

export const TIP_DRAWINGS: { readonly [id in TipId]?: IllustrationId } = {
  'feed-pillow-mid-back': 'feeding-setup',
  'feed-feet-raised': 'feeding-setup',
  'feed-baby-up': 'feeding-setup',
  'feed-tummy-to-tummy': 'feeding-setup',
  'feed-side-lying': 'side-lying-feed',
  'feed-bottle': 'bottle-feed',
  'feed-shoulders-down': 'feeding-setup',
  'feed-legs-uncrossed': 'feeding-setup',
  'feed-at-desk': 'feeding-setup',
  'desk-chair': 'desk-setup',
  'desk-screen-height': 'desk-setup',
  'desk-two-minute-walk': 'walk',
  'desk-reset': 'desk-setup',
  'desk-stand-for-calls': 'stand-for-calls',
  'lift-hip-hinge': 'hip-hinge',
  'lift-lunge-down': 'lunge-down',
  'lift-load-close': 'load-close',
  'lift-switch-hips': 'switch-hips',
  'lift-car-seat': 'car-seat-carry',
  'lift-stroller': 'stroller-into-car',
  'lift-into-cot': 'into-cot',
  'lift-carrier': 'carrier',
  'breath-360': 'breathing-360',
  'breath-rib-stack': 'rib-stack',
  'breath-feed-breaths': 'breathing-360',
  'mob-cat-cow': 'cat-cow',
  'mob-open-book': 'open-book',
  'mob-seated-twist': 'seated-twist',
  'mob-chair-extension': 'chair-extension',
  'mob-standing-reach': 'standing-reach',
  'mob-open-chest': 'open-chest',
  'mob-roll-down': 'roll-down',
  'mob-hamstrings': 'hamstrings',
  'str-glute-bridge': 'glute-bridge',
  'str-sit-to-stand': 'sit-to-stand',
  'care-rest': 'rest',
  'care-short-walk': 'walk',
  'care-caesarean-getting-up': 'getting-up',
};
