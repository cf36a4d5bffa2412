/** Titles and bodies of the lifting tips, in French (see lib/tips/tips.ts). */
import type { TipWordsFor } from '../../tip-index';

export const WORDS: TipWordsFor<'lifting'> = {
  'lift-hip-hinge': {
    title: 'Pliez depuis les hanches',
    body: 'Pour attraper quelque chose de bas, envoyez les fesses en arrière comme pour fermer un tiroir derrière vous, fléchissez légèrement les genoux et gardez le dos long, de la tête au coccyx. Vos hanches et vos jambes partagent alors le travail avec votre dos.',
    hasWhy: true,
  },
  'lift-lunge-down': {
    title: 'Descendez en fente jusqu’au sol',
    body: 'Pour prendre le bébé au sol ou sur son tapis d’éveil, avancez un pied et descendez un genou à terre, le dos droit. Ramenez le bébé contre votre poitrine, puis poussez sur le pied de devant pour vous relever.',
    hasWhy: true,
  },
  'lift-load-close': {
    title: 'Ramenez la charge contre vous',
    body: 'Avant de vous relever avec le bébé, un panier ou un sac, ramenez-le contre votre poitrine. Plus une charge est loin du corps, plus votre dos doit travailler pour la tenir.',
  },
  'lift-exhale': {
    title: 'Expirez en soulevant',
    body: 'Inspirez pour vous préparer, puis expirez en soulevant, en remontant doucement le périnée. Bloquer sa respiration pousse la pression vers le bas et vers l’extérieur, au lieu de laisser vos abdominaux profonds vous aider.',
    hasWhy: true,
  },
  'lift-switch-hips': {
    title: 'Changez de hanche',
    body: 'Si vous portez le bébé sur une hanche, passez-le souvent sur l’autre. Restez bien d’aplomb sur vos deux pieds plutôt que de sortir une hanche sur le côté pour lui faire un siège.',
    hasWhy: true,
  },
  'lift-car-seat': {
    title: 'Porter le siège auto',
    body: 'Un siège auto pour bébé est lourd et encombrant. Portez-le tout près, devant vous, à deux mains ou au creux d’un bras, pas sur le côté, et fixez-le sur le châssis de la poussette quand c’est possible.',
    hasWhy: true,
  },
  'lift-stroller': {
    title: 'La poussette dans la voiture',
    body: 'Une poussette est une grosse charge, difficile à saisir. Pliez-la, placez-vous tout près, pieds écartés, penchez-vous depuis les hanches et soulevez-la en deux temps : sur le bord du coffre, puis dedans.',
    hasWhy: true,
  },
  'lift-weekly-shop': {
    title: 'Les grosses courses',
    body: 'Remplissez plus de sacs, moins chargés, et mettez-les dans la voiture un par un, près du corps. Laissez un service de livraison ou une personne proche se charger du plus lourd.',
    hasWhy: true,
  },
  'lift-into-cot': {
    title: 'Coucher le bébé dans son lit',
    body: 'Placez-vous tout près du lit, tenez le bébé contre votre poitrine et penchez-vous depuis les hanches pour le déposer, en expirant. Remontez de la même façon, en menant le mouvement avec les hanches.',
  },
  'lift-carrier': {
    title: 'Un porte-bébé bien ajusté',
    body: 'Serrez les sangles pour que le bébé soit haut et tout contre votre poitrine ; un porte-bébé bas et lâche vous tire vers l’avant. Les longues journées, faites des pauses sans lui.',
    hasWhy: true,
  },
  'lift-one-breath': {
    title: 'Une respiration avant de soulever',
    body: 'Quand le bébé pleure, on a envie de le prendre tout de suite. Prenez d’abord une respiration pour placer vos pieds et vous rapprocher : cela prend une seconde et ménage votre dos.',
  },
  'lift-for-you': {
    title: 'Demandez qu’on porte pour vous',
    body: 'Les premières semaines après une naissance, et plus longtemps après une césarienne, ne soulevez rien de plus lourd que votre bébé. Pour l’instant, demandez à quelqu’un de porter le siège auto, la poussette et les courses.',
    hasWhy: true,
  },
  'lift-nappy-height': {
    title: 'Changer bébé à hauteur de taille',
    body: 'Changez le bébé sur une surface à peu près à hauteur de taille, ou à genoux près d’un tapis au sol, plutôt que de vous pencher au-dessus d’un lit. Gardez toujours une main sur le bébé quand il est en hauteur.',
    hasWhy: true,
  },
};
