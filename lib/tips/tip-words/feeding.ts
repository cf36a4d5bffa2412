/** Titles and bodies of the feeding tips (see lib/tips.ts). */
import type { TipWordsFor } from '../tip-index';

export const WORDS: TipWordsFor<'feeding'> = {
  'feed-pillow-mid-back': {
    title: 'A cushion at your mid-back',
    body: 'Before you settle in to feed, wedge a cushion between the chair and the middle of your back, not the small of it. The chair then holds you upright and your back muscles get to rest.',
    hasWhy: true,
  },
  'feed-feet-raised': {
    title: 'Feet up on a stool',
    body: 'Rest your feet on a footstool, a low box or a pile of books while you feed. With your knees a little above your hips, it is easier to sit tall without sliding into a slump.',
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
    title: 'Try feeding lying down',
    body: 'Lying on your side lets you rest while the baby feeds. Slip a pillow between your knees so your pelvis stays square, and tuck another behind your back if that feels better.',
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
    body: 'Before you sit down, put a glass of water and a snack where you can reach them without twisting. Feeding is thirsty work, and caring for yourself is part of caring for the baby.',
  },
  'feed-legs-uncrossed': {
    title: 'Both feet down',
    body: 'Try not to cross your legs while you feed. With both feet flat on the floor or on a stool, your pelvis stays level and the load spreads evenly across your back.',
  },
  'feed-switch-arms': {
    title: 'Share the work between sides',
    body: 'Notice which arm and shoulder are doing the holding. Swapping sides or arms from one feed to the next keeps one half of your back from carrying every feed.',
  },
};
