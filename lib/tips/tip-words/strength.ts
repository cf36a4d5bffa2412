/** Titles and bodies of the strength tips (see lib/tips.ts). */
import type { TipWordsFor } from '../tip-index';

export const WORDS: TipWordsFor<'strength'> = {
  'str-glute-bridge': {
    title: 'Glute bridge',
    body: 'Lie on your back with knees bent and feet flat. Breathe out, gently lift your pelvic floor and press through your heels to raise your hips, then lower slowly. Start with a small lift, eight to ten times.',
    hasWhy: true,
  },
  'str-sit-to-stand': {
    title: 'Sit to stand',
    body: 'Sit near the front of your chair with your feet under your knees. Lean forward from the hips, breathe out and stand without using your hands, then sit back down slowly. Five to ten times.',
    hasWhy: true,
  },
  'str-heavier-than-child': {
    title: 'Lift more than your child weighs',
    body: 'When lifting feels steady, work up over weeks until you can lift a kettlebell that weighs 10, 20, even 30 pounds (about 5 to 14 kg) more than your child. Everyday lifts, awkward ones included, then take less of what you have.',
    hasWhy: true,
  },
  'str-step-by-step': {
    title: 'Build up step by step',
    body: 'Come back to exercise as you would after a knee injury: first your body weight, then light weights, then more. Walking comes before brisk walking, and brisk walking before a run.',
    hasWhy: true,
  },
  'str-glutes-relaxed': {
    title: 'Strong glutes, not clenched ones',
    body: 'Strong glutes help your back, but squeezing them all day does not. Let them soften while you stand and sit, and use them when you lift, climb stairs or get up.',
  },
  'str-why-strength': {
    title: 'Why strength matters',
    body: 'Babies grow into toddlers, and every carry gets heavier. Building strength gradually keeps you ahead of the load instead of chasing it.',
    hasWhy: true,
  },
};
