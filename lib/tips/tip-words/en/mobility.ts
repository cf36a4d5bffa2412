/** Titles and bodies of the mobility tips (see lib/tips.ts). */
import type { TipWordsFor } from '../../tip-index';

export const WORDS: TipWordsFor<'mobility'> = {
  'mob-cat-cow': {
    title: 'Cat–cow',
    body: 'On hands and knees, or seated with your hands on your thighs, breathe out as you round your back up, then breathe in as your chest moves forward and your back gently arches. Move slowly within an easy range.',
    hasWhy: true,
  },
  'mob-open-book': {
    title: 'Open-book rotation',
    body: 'Lie on your side with your knees bent and both arms straight out in front. Sweep the top arm up and over, letting your chest turn open and your eyes follow your hand, then close the book. Five on each side.',
    hasWhy: true,
  },
  'mob-seated-twist': {
    title: 'Seated rotation',
    body: 'Sit tall with your arms crossed over your chest. Breathe out and turn your ribs to one side while your hips stay still, come back to the middle, then turn to the other side.',
  },
  'mob-chair-extension': {
    title: 'Lift your chest',
    body: 'Stand with your hands on your hips or lower back. Breathe in and gently lift your chest towards the ceiling, letting your upper back arch a little, then come back to upright. Repeat a few times, in a range that feels easy.',
    hasWhy: true,
  },
  'mob-standing-reach': {
    title: 'Standing reach',
    body: 'Stand up, lace your fingers, turn your palms to the ceiling and reach up tall. Breathe into your side ribs, then lean a little to each side.',
  },
  'mob-open-chest': {
    title: 'Open the chest',
    body: 'Stand, clasp your hands behind you or hold a door frame, and let your chest open as your shoulder blades slide back and down. Stay for three slow breaths.',
  },
  'mob-roll-down': {
    title: 'Rounding is allowed',
    body: 'Sitting, let your chin drop and roll down through your spine towards your knees, then roll back up slowly. Gentle rounding without a load is a healthy movement.',
    hasWhy: true,
  },
  'mob-hamstrings': {
    title: 'Backs of the thighs',
    body: 'Sit near the edge of your chair, put one heel forward with that leg straight, and tip forward from the hips with a long back until you feel a mild pull. Hold for a few breaths, then swap legs.',
    hasWhy: true,
  },
  'mob-not-stretching': {
    title: 'Mobility is not stretching',
    body: 'A stretch eases a tight spot for a while. Mobility work takes the spine through bending forward, arching back and turning, so it relearns each movement.',
    hasWhy: true,
  },
  'mob-gentle-stretch': {
    title: 'Keep stretches gentle',
    body: 'Stretch only as far as is comfortable. A stretch should never hurt, and you should feel better afterwards, not worse.',
    hasWhy: true,
  },
};
