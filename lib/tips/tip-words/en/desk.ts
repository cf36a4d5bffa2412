/** Titles and bodies of the desk tips (see lib/tips/tips.ts). */
import type { TipWordsFor } from '../../tip-index';

export const WORDS: TipWordsFor<'desk'> = {
  'feed-at-desk': {
    title: 'Feeding at your desk',
    body: 'If you feed at your desk, push the chair back from the keyboard and set up as you would on the sofa: cushion at your mid-back, feet up on a box, baby up on a pillow. Reaching for the screen mid-feed folds you forward.',
  },
  'desk-chair': {
    title: 'Set up your chair',
    body: 'Sit all the way back with a cushion at your mid-back and your feet flat on the floor or a footrest. Pull the keyboard close so your elbows can hang by your sides.',
  },
  'desk-screen-height': {
    title: 'Screen at eye height',
    body: 'If you spend the day looking down at a laptop, raise it on a stand or a stack of books and use a separate keyboard. Your head stays over your shoulders and your upper back gets a rest.',
    hasWhy: true,
  },
  'desk-two-minute-walk': {
    title: 'A two-minute walk',
    body: 'Get up and walk for two minutes: to the window, to the kettle, around the room. Let your arms swing and your breath settle.',
    hasWhy: true,
  },
  'desk-reset': {
    title: 'Reset, not perfect',
    body: 'Nobody sits well every minute, and you do not need to. A few times an hour, reset: feet down, ribs over pelvis, shoulders easy.',
  },
  'desk-stand-for-calls': {
    title: 'Stand for a call',
    body: 'Take your next call or video meeting standing, weight even on both feet. Changing position often does more for your back than any single ideal posture.',
  },
};
