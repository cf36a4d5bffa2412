/** Titles and bodies of the mobility tips, in French (see lib/tips/tips.ts). */
import type { TipWordsFor } from '../../tip-index';

export const WORDS: TipWordsFor<'mobility'> = {
  'mob-cat-cow': {
    title: 'Chat-vache',
    body: 'À quatre pattes, ou en position assise les mains sur les cuisses, expirez en arrondissant le dos vers le haut, puis inspirez en avançant la poitrine et en creusant doucement le dos. Bougez lentement, dans une amplitude confortable.',
    hasWhy: true,
  },
  'mob-open-book': {
    title: 'Rotation en livre ouvert',
    body: 'Allongez-vous sur le côté, genoux pliés, les deux bras tendus devant vous. Faites passer le bras du dessus vers le haut puis de l’autre côté, en laissant la poitrine s’ouvrir et le regard suivre la main, puis refermez le livre. Cinq fois de chaque côté.',
    hasWhy: true,
  },
  'mob-seated-twist': {
    title: 'Rotation assise',
    body: 'Le dos bien droit, croisez les bras sur la poitrine. Expirez et tournez les côtes d’un côté pendant que le bassin reste immobile, revenez au centre, puis tournez de l’autre côté.',
  },
  'mob-chair-extension': {
    title: 'Soulevez la poitrine',
    body: 'Debout, les mains sur les hanches ou le bas du dos, inspirez et soulevez doucement la poitrine vers le plafond, en laissant le haut du dos se cambrer un peu, puis revenez à la verticale. Recommencez quelques fois, dans une amplitude qui reste facile.',
    hasWhy: true,
  },
  'mob-standing-reach': {
    title: 'Grandissement debout',
    body: 'Levez-vous, croisez les doigts, tournez les paumes vers le plafond et étirez-vous vers le haut. Respirez dans les côtes sur les côtés, puis penchez-vous un peu de chaque côté.',
  },
  'mob-open-chest': {
    title: 'Ouvrez la poitrine',
    body: 'Debout, joignez les mains derrière vous ou tenez un encadrement de porte, et laissez la poitrine s’ouvrir pendant que les omoplates glissent vers l’arrière et vers le bas. Restez ainsi trois respirations lentes.',
  },
  'mob-roll-down': {
    title: 'Arrondir le dos, c’est permis',
    body: 'En position assise, laissez tomber le menton et enroulez la colonne vers les genoux, puis déroulez lentement pour remonter. Arrondir doucement le dos sans charge est un mouvement sain.',
    hasWhy: true,
  },
  'mob-hamstrings': {
    title: 'L’arrière des cuisses',
    body: 'Installez-vous près du bord de la chaise, un talon en avant, cette jambe tendue, et penchez-vous en avant depuis les hanches, le dos long, jusqu’à sentir un léger étirement. Restez quelques respirations, puis changez de jambe.',
    hasWhy: true,
  },
  'mob-not-stretching': {
    title: 'La mobilité, ce n’est pas l’étirement',
    body: 'Un étirement soulage un moment une zone tendue. La mobilité fait passer la colonne par la flexion vers l’avant, l’extension vers l’arrière et la rotation, pour qu’elle réapprenne chaque mouvement.',
    hasWhy: true,
  },
  'mob-gentle-stretch': {
    title: 'Des étirements tout en douceur',
    body: 'Étirez-vous seulement tant que c’est confortable. Un étirement ne doit jamais faire mal, et vous devriez vous sentir mieux après, pas moins bien.',
    hasWhy: true,
  },
};
