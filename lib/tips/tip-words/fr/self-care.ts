/** Titles and bodies of the self-care tips, in French (see lib/tips/tips.ts). */
import type { TipWordsFor } from '../../tip-index';

export const WORDS: TipWordsFor<'self-care'> = {
  'care-heat-cold': {
    title: 'Chaud ou froid',
    body: 'Une bouillotte ou une compresse chaude peut détendre des muscles noués ; une poche de glace peut calmer une douleur. Enveloppez-les dans un linge, utilisez-les 20 minutes au plus, et jamais sur une peau insensible ni quand vous risquez de vous endormir. Choisissez ce qui vous soulage le plus.',
    hasWhy: true,
  },
  'care-rest': {
    title: 'Le repos compte',
    body: 'Quand le bébé dort, vous allonger ou surélever vos jambes, c’est aussi du temps de récupération. Votre corps se remet encore de la grossesse et de l’accouchement.',
    hasWhy: true,
  },
  'care-food': {
    title: 'Mangez quelque chose',
    body: 'Gardez des en-cas faciles et de l’eau là où vous nourrissez le bébé et là où vous travaillez. Vous avez besoin de manger correctement, pour vous-même ; ce n’est pas une récompense à mériter.',
  },
  'care-accept-help': {
    title: 'Acceptez qu’on vous aide',
    body: 'Quand quelqu’un propose, confiez-lui le panier de linge, les courses ou un moment avec un bébé grognon. Une livraison de courses vous fait gagner du temps et épargne à votre dos une charge lourde.',
  },
  'care-short-walk': {
    title: 'Une petite marche dehors',
    body: 'Une petite balade jusqu’au parc ou autour du pâté de maisons, avec ou sans le bébé, assouplit un dos raide et peut remonter le moral. Au début, restez sur une marche courte et facile.',
  },
  'care-back-rub': {
    title: 'Demandez un massage du dos',
    body: 'Si votre partenaire, un ou une proche est là, demandez un léger massage, en position assise et bien soutenue. Quelques minutes peuvent détendre des muscles qui ont travaillé toute la journée.',
  },
  'care-not-broken': {
    title: 'Votre corps a fait quelque chose d’immense',
    body: 'Le mal de dos après un bébé est fréquent : il ne veut pas dire que votre corps est abîmé ni que vous faites quelque chose de travers. Votre sangle abdominale a subi un étirement énorme ; elle a besoin de temps et d’exercices adaptés.',
    hasWhy: true,
  },
  'care-caesarean-scar': {
    title: 'Prendre soin de votre cicatrice',
    body: 'Une fois la plaie cicatrisée, et avec l’accord de la personne qui vous suit, demandez à un ou une kiné spécialisé(e) en rééducation périnéale de vérifier votre cicatrice. Il ou elle peut vous apprendre à la masser en douceur.',
    hasWhy: true,
  },
  'care-caesarean-getting-up': {
    title: 'Sortir du lit',
    body: 'Pour vous lever depuis la position allongée, pliez les genoux et roulez sur le côté d’un seul bloc. Puis poussez sur vos bras pendant que vos jambes descendent du bord du lit, en expirant pendant que vous vous redressez.',
    hasWhy: true,
  },
  'care-caesarean-cough': {
    title: 'Un coussin pour tousser et rire',
    body: 'Après une césarienne, tenez fermement un petit coussin ou une serviette pliée contre votre cicatrice quand vous toussez, éternuez ou riez. Serrez le périnée au même moment, et expirez.',
    hasWhy: true,
  },
  'care-toilet': {
    title: 'Pas de poussée aux toilettes',
    body: 'Posez les pieds sur un petit tabouret pour que les genoux soient plus hauts que les hanches, penchez-vous en avant, les coudes sur les genoux, et expirez lentement au lieu de pousser. Beaucoup d’eau et de fibres gardent les selles souples.',
    hasWhy: true,
  },
};
