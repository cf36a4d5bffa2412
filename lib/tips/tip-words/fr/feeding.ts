/** Titles and bodies of the feeding tips, in French (see lib/tips/tips.ts). */
import type { TipWordsFor } from '../../tip-index';

export const WORDS: TipWordsFor<'feeding'> = {
  'feed-pillow-mid-back': {
    title: 'Un coussin au milieu du dos',
    body: 'Avant le repas, calez un coussin entre la chaise et le milieu de votre dos, pas le creux des reins. C’est alors la chaise qui vous soutient, et les muscles du dos se reposent.',
    hasWhy: true,
  },
  'feed-feet-raised': {
    title: 'Les pieds sur un tabouret',
    body: 'Posez les pieds sur un repose-pieds, une boîte basse ou une pile de livres pendant le repas. Vos genoux remontent vers le bébé, vous vous penchez moins, et avec les pieds soutenus vous pouvez vous adosser à la chaise.',
    hasWhy: true,
  },
  'feed-baby-up': {
    title: 'Montez le bébé jusqu’à vous',
    body: 'Empilez des coussins sur vos genoux jusqu’à ce que le bébé arrive à hauteur du sein ou du biberon. Les coussins portent alors son poids, et vous pouvez garder le dos droit au lieu de vous plier au-dessus de lui.',
    hasWhy: true,
  },
  'feed-tummy-to-tummy': {
    title: 'Tout contre vous, bien aligné',
    body: 'Tournez le bébé sur le côté, son ventre contre le vôtre, sa tête le long de votre avant-bras. Laissez un coussin sous votre bras porter le poids, pour que vos épaules et votre dos restent détendus.',
  },
  'feed-side-lying': {
    title: 'Nourrir en position allongée',
    body: 'Pour l’allaitement au sein ou au torse, pas le biberon : sur le côté, un coussin entre les genoux. Rendez le lit sûr au cas où vous vous endormiriez : ni oreiller ni couverture près du bébé ; puis remettez-le dans son propre lit. Jamais sur un canapé ou un fauteuil, ni si vous avez bu de l’alcool, pris des drogues, fumé ou pris un médicament qui fait dormir.',
    hasWhy: true,
  },
  'feed-bottle': {
    title: 'Au biberon aussi',
    body: 'Pour un biberon, tenez le bébé assez redressé, tout contre votre poitrine, et posez le bras qui le nourrit sur un coussin ou un accoudoir. Baissez les yeux plutôt que toute la tête.',
    hasWhy: true,
  },
  'feed-shoulders-down': {
    title: 'Laissez descendre les épaules',
    body: 'Pendant un repas, les épaules ont tendance à remonter vers les oreilles. Expirez, laissez-les descendre, et laissez le coussin porter le poids de vos bras.',
  },
  'feed-chin-level': {
    title: 'Relevez le regard',
    body: 'Régulièrement, quittez le bébé des yeux et remettez le menton à l’horizontale le temps de deux respirations. Votre nuque et le haut de votre dos font une pause, et le bébé ne vous en voudra pas.',
  },
  'feed-water': {
    title: 'De l’eau à portée de main',
    body: 'Avant de vous asseoir, posez un verre d’eau et un en-cas là où vous pouvez les attraper sans vous tordre. Nourrir un bébé donne soif, et vos besoins comptent aussi.',
  },
  'feed-legs-uncrossed': {
    title: 'Les deux pieds posés',
    body: 'Essayez de ne pas croiser les jambes pendant le repas. Les deux pieds à plat au sol ou sur un tabouret, votre bassin reste droit et la charge se répartit sur tout le dos.',
  },
  'feed-switch-arms': {
    title: 'Partagez le travail entre les deux côtés',
    body: 'Remarquez quel bras et quelle épaule portent le bébé. Quand il est prêt pour l’autre côté, ou au repas suivant, laissez votre autre bras prendre le relais.',
  },
  'feed-caesarean-holds': {
    title: 'Des positions qui épargnent la cicatrice',
    body: 'Après une césarienne, essayez la position ballon de rugby : le bébé calé le long de votre flanc sur un coussin, les jambes vers votre dos. Ou bien inclinez-vous en arrière, le dos bien calé par des coussins, et laissez le bébé reposer sur votre poitrine. Dans les deux cas, son poids ne pèse pas sur la cicatrice.',
    hasWhy: true,
  },
};
