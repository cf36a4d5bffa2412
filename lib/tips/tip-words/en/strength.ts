/** Titles and bodies of the strength tips (see lib/tips.ts). */
import type { TipWordsFor } from '../../tip-index';

export const WORDS: TipWordsFor<'strength'> = {
  'str-glute-bridge': {
    title: 'Glute bridge',
    body: 'Lie on your back with knees bent and feet flat. Breathe out, gently lift your pelvic floor and press through your heels to raise your hips, then lower slowly. Start with a small lift, eight to ten times.',
    hasWhy: true,
  },
  'str-sit-to-stand': {
    title: 'Sit to stand',
    body: 'Sit near the front of your chair, feet under your knees. Lean forward from the hips, breathe out and stand, pushing with your hands on your thighs or the armrests; once that is easy, try it without hands. Sit down slowly, five to ten times.',
    hasWhy: true,
  },
  'str-heavier-than-child': {
    title: 'Lift more than your child weighs',
    body: 'From about twelve weeks, and only with no leaking, heaviness, bulging or pain, build up over months towards a kettlebell 5 to 14 kg (10 to 30 lb) heavier than your child. Everyday lifts, awkward ones included, then take less of what you have.',
    hasWhy: true,
  },
  'str-step-by-step': {
    title: 'Build up step by step',
    body: 'Add one thing at a time and let your body answer before the next: your own body weight, then light weights; easy walks, then brisk ones. Easy days are part of the plan.',
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
  'str-return-to-running': {
    title: 'Running again',
    body: 'Wait until about three months after the birth, and until brisk walks, hops and a minute of jogging on the spot bring no leaking, heaviness, bulging or pain. Then start with short run-walks. If symptoms come back, drop back a step.',
    hasWhy: true,
  },
};
