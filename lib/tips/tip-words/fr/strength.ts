/** Titles and bodies of the strength tips, in French (see lib/tips/tips.ts). */
import type { TipWordsFor } from '../../tip-index';

export const WORDS: TipWordsFor<'strength'> = {
  'str-glute-bridge': {
    title: 'Pont fessier',
    body: 'Allongez-vous sur le dos, genoux pliés, pieds à plat. Expirez, remontez doucement le périnée et poussez dans les talons pour soulever le bassin, puis redescendez lentement. Commencez par un petit pont, huit à dix fois.',
    hasWhy: true,
  },
  'str-sit-to-stand': {
    title: 'Assis-debout',
    body: 'Installez-vous près du bord de la chaise, pieds sous les genoux. Penchez-vous en avant depuis les hanches, expirez et levez-vous en poussant avec les mains sur les cuisses ou les accoudoirs ; quand c’est facile, essayez sans les mains. Rasseyez-vous lentement, cinq à dix fois.',
    hasWhy: true,
  },
  'str-heavier-than-child': {
    title: 'Soulever plus lourd que votre enfant',
    body: 'À partir d’environ douze semaines, et seulement sans fuites, pesanteur, boule ni douleur, progressez sur des mois vers un kettlebell de 5 à 14 kg (10 à 30 lb) de plus que votre enfant. Les gestes du quotidien, même les moins pratiques, vous demandent alors une moindre part de vos forces.',
    hasWhy: true,
  },
  'str-step-by-step': {
    title: 'Progresser pas à pas',
    body: 'Ajoutez une chose à la fois et laissez votre corps répondre avant la suivante : le poids du corps, puis des charges légères ; des marches tranquilles, puis plus rapides. Les jours faciles font partie du programme.',
    hasWhy: true,
  },
  'str-glutes-relaxed': {
    title: 'Des fessiers forts, pas crispés',
    body: 'Des fessiers forts aident votre dos, mais les serrer toute la journée, non. Relâchez-les en position debout ou assise, et utilisez-les pour soulever, monter des escaliers ou vous lever.',
  },
  'str-why-strength': {
    title: 'Pourquoi la force compte',
    body: 'Les bébés deviennent des bambins, et chaque portage est plus lourd. Gagner en force petit à petit vous permet de garder une longueur d’avance sur la charge au lieu de courir après.',
    hasWhy: true,
  },
  'str-return-to-running': {
    title: 'Reprendre la course',
    body: 'Attendez environ trois mois après la naissance, et que la marche rapide, les petits sauts et une minute de course sur place ne donnent ni fuites, ni pesanteur, ni boule, ni douleur. Commencez alors par de courtes séances en alternant course et marche. Si les symptômes reviennent, revenez à l’étape d’avant.',
    hasWhy: true,
  },
};
