/** Titles and bodies of the feeding tips (see lib/tips/tips.ts). */
import type { TipWordsFor } from '../../tip-index';

export const WORDS: TipWordsFor<'feeding'> = {
  'feed-pillow-mid-back': {
    title: 'A cushion at your mid-back',
    body: 'Before you feed, wedge a cushion between the chair and the middle of your back, not the small of it. The chair then holds you up and your back muscles rest.',
    hasWhy: true,
  },
  'feed-feet-raised': {
    title: 'Feet up on a stool',
    body: 'Rest your feet on a footstool, a low box or a pile of books while you feed. Your lap comes up towards the baby, so you lean down less, and with your feet supported you can sit back into the chair.',
    hasWhy: true,
  },
  'feed-baby-up': {
    title: 'Bring the baby up to you',
    body: 'Stack pillows on your lap until the baby sits at breast or bottle height. The pillows then carry the weight, and you can sit tall instead of folding down over the baby.',
    hasWhy: true,
  },
  'feed-tummy-to-tummy': {
    title: 'Close and level',
    body: 'Turn the baby onto their side so their tummy faces yours, with their head along your forearm. Let a pillow under your arm take the weight so your shoulders and back can stay easy.',
  },
  'feed-side-lying': {
    title: 'Feeding lying down',
    body: 'Breast or chest feeds, not bottles: on your side, a pillow between your knees. Make the bed safe in case you doze off, no pillows or covers near the baby, then move them to their own cot. Never on a sofa or armchair, or after alcohol, drugs, smoking or sedating medicine.',
    hasWhy: true,
  },
  'feed-bottle': {
    title: 'Bottle feeds too',
    body: 'For a bottle feed, hold the baby fairly upright close to your chest and rest your feeding arm on a pillow or an armrest. Look down with your eyes rather than dropping your whole head.',
    hasWhy: true,
  },
  'feed-shoulders-down': {
    title: 'Let your shoulders drop',
    body: 'Shoulders tend to creep up towards the ears during a feed. Breathe out, let them sink, and let the pillow hold the weight of your arms.',
  },
  'feed-chin-level': {
    title: 'Lift your gaze',
    body: 'Every few minutes, look up from the baby and bring your chin level for a couple of breaths. Your neck and upper back get a pause, and the baby will not mind.',
  },
  'feed-water': {
    title: 'Water within reach',
    body: 'Before you sit down, put a glass of water and a snack where you can reach them without twisting. Feeding is thirsty work, and your own needs count too.',
  },
  'feed-legs-uncrossed': {
    title: 'Both feet down',
    body: 'Try not to cross your legs while you feed. With both feet flat on the floor or on a stool, your pelvis stays level and the load spreads evenly across your back.',
  },
  'feed-switch-arms': {
    title: 'Share the work between sides',
    body: 'Notice which arm and shoulder do the holding. When the baby is ready for the other side, or at the next feed, let your other arm take a turn.',
  },
  'feed-caesarean-holds': {
    title: 'Holds that spare the wound',
    body: 'After a caesarean, try the rugby hold: the baby tucked along your side on a pillow, legs towards your back. Or lean back, well propped, and let the baby lie on your chest. Either keeps their weight off the wound.',
    hasWhy: true,
  },
};
