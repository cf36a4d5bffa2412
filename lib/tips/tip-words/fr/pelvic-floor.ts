/** Titles and bodies of the pelvic-floor programme, in French (see lib/tips/tips.ts). */
import type { TipWordsFor } from '../../tip-index';

export const WORDS: TipWordsFor<'pelvic-floor'> = {
  'pf-slow-holds': {
    title: 'Périnée : contractions lentes',
    body: 'Serrez et remontez autour de l’anus et à l’avant, comme pour retenir un gaz et une envie d’uriner, sans bloquer votre respiration. Tenez jusqu’à dix secondes, puis relâchez complètement et reposez-vous aussi longtemps. Progressez jusqu’à dix contractions.',
    hasWhy: true,
  },
  'pf-quick-squeezes': {
    title: 'Périnée : contractions rapides',
    body: 'Après les contractions lentes, passez aux rapides : serrez et remontez fort pendant une seconde, puis relâchez complètement. Jusqu’à dix d’affilée. Relâcher complètement à chaque fois, c’est la moitié de l’exercice.',
    hasWhy: true,
  },
  'pf-every-day': {
    title: 'Trois fois par jour, pendant trois mois',
    body: 'Les exercices du périnée marchent quand ils deviennent une habitude : une série de contractions lentes et rapides trois fois par jour, pendant environ trois mois. Commencez en position allongée si la position assise est difficile, et associez-les à un geste quotidien, comme un repas du bébé.',
    hasWhy: true,
  },
  'pf-before-a-cough': {
    title: 'Serrez avant d’éternuer',
    body: 'Vous sentez venir une toux, un éternuement ou un fou rire ? Serrez et remontez le périnée juste avant, et tenez jusqu’à ce que ce soit passé. Essayez aussi avant de soulever le bébé.',
    hasWhy: true,
  },
};
