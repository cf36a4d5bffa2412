/** Titles and bodies of the get-help tips (see lib/tips.ts). */
import type { TipWordsFor } from '../tip-index';

export const WORDS: TipWordsFor<'get-help'> = {
  'help-see-someone-now': {
    title: 'When to see a clinician now',
    body: 'Get medical help straight away for numbness or weakness in your legs, loss of bladder or bowel control, or a fever with back pain. The same goes for pain after a fall, severe or worsening pain, and pain at night that rest does not ease.',
  },
  'help-pelvic-floor-pt': {
    title: 'The specialist for this',
    body: 'A pelvic-floor physical therapist is the specialist for back pain after a baby. They look at your breathing, core strength, pelvic floor and the way you move, and build a plan around your life.',
    hasWhy: true,
  },
  'help-worth-treating': {
    title: 'Common, and worth treating',
    body: 'Back pain after a baby is common, but you do not have to live with it. Whether your child is six weeks or sixteen years old, it can be treated.',
    hasWhy: true,
  },
  'help-getting-worse': {
    title: 'If it is not easing',
    body: 'If your back pain lasts for weeks or grows worse despite these habits, book in with your doctor or a pelvic-floor physical therapist. Waiting it out often lets it settle in.',
    hasWhy: true,
  },
  'help-epidural': {
    title: 'About epidurals',
    body: 'Research suggests epidurals do not usually lead to lasting back pain. Soreness where the needle went in tends to settle within days or weeks.',
    hasWhy: true,
  },
};
