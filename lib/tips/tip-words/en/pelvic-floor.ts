/** Titles and bodies of the pelvic-floor programme (see lib/tips/tips.ts). */
import type { TipWordsFor } from '../../tip-index';

export const WORDS: TipWordsFor<'pelvic-floor'> = {
  'pf-slow-holds': {
    title: 'Pelvic floor: slow holds',
    body: 'Squeeze and lift around the back passage and the front, as if holding in wind and a wee, and keep breathing. Hold for up to ten seconds, then let go completely and rest as long. Build up to ten.',
    hasWhy: true,
  },
  'pf-quick-squeezes': {
    title: 'Pelvic floor: quick squeezes',
    body: 'After your slow holds, do quick ones: squeeze and lift strongly for a second, then let go fully. Up to ten in a row. Letting go all the way each time is half of the exercise.',
    hasWhy: true,
  },
  'pf-every-day': {
    title: 'Three times a day, for three months',
    body: 'Pelvic floor exercises work when they are a habit: a set of slow holds and quick squeezes three times a day, for about three months. Start lying down if sitting is hard, and link them to something you do daily, like a feed.',
    hasWhy: true,
  },
  'pf-before-a-cough': {
    title: 'Squeeze before you sneeze',
    body: 'Feel a cough, sneeze or laugh coming? Squeeze and lift your pelvic floor a moment before, and hold it until the moment has passed. Try it before you lift the baby too.',
    hasWhy: true,
  },
};
