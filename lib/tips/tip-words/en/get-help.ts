/** Titles and bodies of the get-help tips (see lib/tips.ts). */
import type { TipWordsFor } from '../../tip-index';

export const WORDS: TipWordsFor<'get-help'> = {
  'help-see-someone-now': {
    title: 'When to get help',
    body: 'Most back pain after a birth is not an emergency, but some signs are. The list below sorts them by how soon to act: now, the same day, or at a booked check.',
    hasWhy: true,
  },
  'help-pelvic-floor-pt': {
    title: 'The specialist for this',
    body: 'A pelvic-health physiotherapist (a pelvic-floor physical therapist) specialises in the body after a birth. Expect questions about bladder, bowel and pain, a look at how you breathe, lift and move, and exercises that fit your days.',
    hasWhy: true,
  },
  'help-worth-treating': {
    title: 'Common, and worth treating',
    body: 'Back pain after a baby is common, but you do not have to live with it. Whether your child is six weeks or sixteen years old, it can be treated.',
    hasWhy: true,
  },
  'help-getting-worse': {
    title: 'If it is not easing',
    body: 'If your back pain lasts for weeks or grows worse despite these habits, book in with your doctor or a physiotherapist. Waiting it out often lets it settle in.',
    hasWhy: true,
  },
  'help-epidural': {
    title: 'About epidurals',
    body: 'Research suggests epidurals do not usually lead to lasting back pain. Soreness where the needle went in tends to settle within days or weeks.',
    hasWhy: true,
  },
  'help-pelvic-girdle': {
    title: 'Pain at the front or back of the pelvis',
    body: 'Pain over the pubic bone, or deep in the buttocks, that is worse on stairs, standing on one leg or turning in bed can be pelvic girdle pain. Keep your knees together as you turn or get into a car, and ask for a physiotherapist.',
    hasWhy: true,
  },
  'help-low-mood': {
    title: 'If your mood is low',
    body: 'Feeling low, anxious or unlike yourself for more than two weeks is common after a baby, for partners too, and it can be treated. Talk to your GP, midwife or health visitor. If you think of harming yourself, call your emergency number now.',
    hasWhy: true,
  },
};
