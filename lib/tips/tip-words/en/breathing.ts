/** Titles and bodies of the breathing tips (see lib/tips.ts). */
import type { TipWordsFor } from '../../tip-index';

export const WORDS: TipWordsFor<'breathing'> = {
  'breath-360': {
    title: '360° breathing',
    body: 'Rest your hands on your lower ribs. Breathe in through your nose and let your belly soften as your ribs widen, to the sides and into your back as well as the front. Breathe out slowly and feel them draw back in.',
    hasWhy: true,
  },
  'breath-exhale-lift': {
    title: 'Breathe out and lift',
    body: 'On a breath out, gently lift your pelvic floor as if holding in wind, and feel your lower belly draw in. Let everything soften as you breathe in. Repeat five times.',
    hasWhy: true,
  },
  'breath-rib-stack': {
    title: 'Ribs over pelvis',
    body: 'Sit or stand so your rib cage rests straight above your pelvis, neither flared up and forward nor slumped down. In this stack the diaphragm and pelvic floor face each other and can work as a pair.',
    hasWhy: true,
  },
  'breath-feed-breaths': {
    title: 'Breathing while you feed',
    body: 'While the baby feeds, take three slow breaths into your lower ribs and feel them widen against the chair back. It is a quiet way to practise core breathing without getting up.',
  },
  'breath-crunches-wait': {
    title: 'Why crunches can wait',
    body: 'Crunches and sit-ups press outwards on a stretched tummy wall and down on the pelvic floor. Breathing, pelvic floor work and the deepest tummy muscles come first; the rest can follow.',
    hasWhy: true,
  },
  'breath-cylinder': {
    title: 'Your core is a team of four',
    body: 'Four muscle groups hold your trunk steady together: the breathing muscle under your ribs, the deep tummy wall that wraps around you, the muscles along your spine and the pelvic floor beneath. Practise them together and your back no longer works alone.',
    hasWhy: true,
  },
  'breath-leaks-linked': {
    title: 'Leaks and back pain are linked',
    body: 'Leaking a little when you cough, sneeze or lift is common after a birth, and it often travels with back pain. If it has not settled by about three months, a pelvic-health physiotherapist can help with both.',
    hasWhy: true,
  },
  'breath-after-pregnancy': {
    title: 'Finding the deep breath again',
    body: 'Late in pregnancy the baby crowds your diaphragm, so breathing turns shallow. Some people drift back to deep breathing by themselves; others need a little practice.',
  },
  'breath-new-habit': {
    title: 'Little and often',
    body: 'Over pregnancy your brain learned to let the back do the core’s job. Short, frequent practice teaches it a new habit, much as typing feels slow and deliberate at first and later runs by itself.',
  },
};
