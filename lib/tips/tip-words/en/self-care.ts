/** Titles and bodies of the self-care tips (see lib/tips.ts). */
import type { TipWordsFor } from '../../tip-index';

export const WORDS: TipWordsFor<'self-care'> = {
  'care-heat-cold': {
    title: 'Heat or cold',
    body: 'A hot water bottle or a heat pack can loosen tight muscles; an ice pack can dull soreness. Wrap either in a cloth, use it for up to 20 minutes, and never on numb skin or when you might fall asleep. Use whichever helps more.',
    hasWhy: true,
  },
  'care-rest': {
    title: 'Rest counts',
    body: 'When the baby sleeps, lying down or putting your feet up is recovery time too. Your body is still healing from pregnancy and birth.',
    hasWhy: true,
  },
  'care-food': {
    title: 'Eat something',
    body: 'Keep easy snacks and water where you feed and where you work. You need a proper meal for your own sake; it is not a reward you have to earn.',
  },
  'care-accept-help': {
    title: 'Say yes to help',
    body: 'When someone offers, hand over the laundry basket, the shopping or a turn with a fussy baby. A grocery delivery saves you time and your back a heavy carry.',
  },
  'care-short-walk': {
    title: 'A short walk outside',
    body: 'A short stroll to the park or round the block, with or without the baby, loosens a stiff back and can lift your mood. Keep it short and easy at first.',
  },
  'care-back-rub': {
    title: 'Ask for a back rub',
    body: 'If a partner, friend or relative is around, ask for a light massage while you sit supported. A few minutes can ease muscles that have worked all day.',
  },
  'care-not-broken': {
    title: 'Your body did something huge',
    body: 'Back pain after a baby is common, and it does not mean you are broken or doing something wrong. Your core went through an enormous stretch and needs time and the right practice.',
    hasWhy: true,
  },
  'care-caesarean-scar': {
    title: 'Caring for your scar',
    body: 'Once your wound has healed and your clinician is happy with it, ask a pelvic-floor physical therapist to check your scar. They can teach you gentle scar massage.',
    hasWhy: true,
  },
  'care-caesarean-getting-up': {
    title: 'Getting out of bed',
    body: 'To get up from lying, bend your knees and roll onto your side in one piece. Then push yourself up with your arms as your legs lower over the edge, breathing out as you rise.',
    hasWhy: true,
  },
  'care-caesarean-cough': {
    title: 'A pillow for coughs and laughs',
    body: 'After a caesarean, hold a small pillow or a folded towel firmly over your wound when you cough, sneeze or laugh. Squeeze your pelvic floor at the same moment, and breathe out.',
    hasWhy: true,
  },
  'care-toilet': {
    title: 'No straining on the toilet',
    body: 'Rest your feet on a low stool so your knees are above your hips, lean forward with your elbows on your knees, and breathe out slowly instead of pushing. Plenty of water and fibre keep things soft.',
    hasWhy: true,
  },
};
