/** Titles and bodies of the breathing tips, in French (see lib/tips/tips.ts). */
import type { TipWordsFor } from '../../tip-index';

export const WORDS: TipWordsFor<'breathing'> = {
  'breath-360': {
    title: 'La respiration à 360°',
    body: 'Posez les mains sur le bas de vos côtes. Inspirez par le nez et laissez le ventre se détendre pendant que les côtes s’ouvrent, sur les côtés et vers le dos autant que vers l’avant. Expirez lentement et sentez-les se resserrer.',
    hasWhy: true,
  },
  'breath-exhale-lift': {
    title: 'Expirez et remontez',
    body: 'En expirant, remontez doucement le périnée comme pour retenir un gaz, et sentez le bas du ventre rentrer. Relâchez tout en inspirant. Recommencez cinq fois.',
    hasWhy: true,
  },
  'breath-rib-stack': {
    title: 'Les côtes au-dessus du bassin',
    body: 'En position assise ou debout, placez la cage thoracique bien à la verticale au-dessus du bassin, ni ouverte vers le haut et l’avant, ni tassée vers le bas. Ainsi alignés, le diaphragme et le périnée se font face et peuvent travailler ensemble.',
    hasWhy: true,
  },
  'breath-feed-breaths': {
    title: 'Respirer pendant le repas',
    body: 'Pendant que le bébé mange, prenez trois respirations lentes dans le bas des côtes et sentez-les s’ouvrir contre le dossier. Une façon discrète de pratiquer la respiration profonde sans vous lever.',
  },
  'breath-crunches-wait': {
    title: 'Pourquoi les crunchs peuvent attendre',
    body: 'Les crunchs et les redressements assis poussent vers l’extérieur sur une paroi abdominale étirée, et vers le bas sur le périnée. La respiration, le travail du périnée et les abdominaux les plus profonds passent d’abord ; le reste peut suivre.',
    hasWhy: true,
  },
  'breath-cylinder': {
    title: 'Votre caisson abdominal : une équipe de quatre',
    body: 'Quatre groupes de muscles tiennent ensemble votre tronc : le muscle de la respiration sous les côtes, la paroi profonde du ventre qui vous entoure, les muscles le long de la colonne et le périnée en dessous. Entraînez-les ensemble, et votre dos ne travaille plus seul.',
    hasWhy: true,
  },
  'breath-leaks-linked': {
    title: 'Fuites et mal de dos vont souvent ensemble',
    body: 'Avoir de petites fuites en toussant, en éternuant ou en soulevant est fréquent après une naissance, et cela va souvent de pair avec le mal de dos. Si cela n’est pas rentré dans l’ordre au bout d’environ trois mois, un ou une kiné spécialisé(e) en rééducation périnéale peut vous aider pour les deux.',
    hasWhy: true,
  },
  'breath-after-pregnancy': {
    title: 'Retrouver la respiration profonde',
    body: 'En fin de grossesse, le bébé comprime le diaphragme, et la respiration devient courte. Certaines personnes retrouvent d’elles-mêmes une respiration profonde ; d’autres ont besoin d’un peu d’entraînement.',
  },
  'breath-new-habit': {
    title: 'Un peu, mais souvent',
    body: 'Pendant la grossesse, votre cerveau a appris à laisser le dos faire le travail des abdominaux profonds. Des exercices courts et fréquents lui apprennent une nouvelle habitude, comme la frappe au clavier, lente et réfléchie au début, puis automatique.',
  },
};
