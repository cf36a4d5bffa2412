/** Titles and bodies of the desk tips, in French (see lib/tips/tips.ts). */
import type { TipWordsFor } from '../../tip-index';

export const WORDS: TipWordsFor<'desk'> = {
  'feed-at-desk': {
    title: 'Un repas au bureau',
    body: 'Si vous nourrissez votre bébé au bureau, éloignez la chaise du clavier et installez-vous comme sur le canapé : coussin au milieu du dos, pieds sur une boîte, bébé sur un coussin. Tendre la main vers l’écran en plein repas vous plie vers l’avant.',
  },
  'desk-chair': {
    title: 'Réglez votre chaise',
    body: 'Asseyez-vous bien au fond, un coussin au milieu du dos, les pieds à plat au sol ou sur un repose-pieds. Rapprochez le clavier pour que vos coudes puissent pendre le long du corps.',
  },
  'desk-screen-height': {
    title: 'L’écran à hauteur des yeux',
    body: 'Si vous passez la journée les yeux baissés sur un ordinateur portable, surélevez-le sur un support ou une pile de livres et utilisez un clavier séparé. Votre tête reste au-dessus des épaules et le haut de votre dos se repose.',
    hasWhy: true,
  },
  'desk-two-minute-walk': {
    title: 'Deux minutes de marche',
    body: 'Levez-vous et marchez deux minutes : jusqu’à la fenêtre, jusqu’à la bouilloire, autour de la pièce. Laissez vos bras se balancer et votre respiration se poser.',
    hasWhy: true,
  },
  'desk-reset': {
    title: 'Se réinstaller, sans viser la perfection',
    body: 'Personne ne se tient bien à chaque minute, et ce n’est pas nécessaire. Quelques fois par heure, réinstallez-vous : pieds posés, côtes au-dessus du bassin, épaules relâchées.',
  },
  'desk-stand-for-calls': {
    title: 'Debout pour un appel',
    body: 'Prenez votre prochain appel ou votre prochaine visio debout, le poids réparti sur les deux pieds. Changer souvent de position fait plus pour votre dos qu’une posture idéale, quelle qu’elle soit.',
  },
};
