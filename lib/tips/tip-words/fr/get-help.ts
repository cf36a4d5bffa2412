/** Titles and bodies of the get-help tips, in French (see lib/tips/tips.ts). */
import type { TipWordsFor } from '../../tip-index';

export const WORDS: TipWordsFor<'get-help'> = {
  'help-see-someone-now': {
    title: 'Quand demander de l’aide',
    body: 'La plupart des maux de dos après une naissance ne sont pas une urgence, mais certains signes, si. La liste ci-dessous les classe selon le délai pour agir : tout de suite, le jour même, ou lors d’un rendez-vous pour un bilan.',
    hasWhy: true,
  },
  'help-pelvic-floor-pt': {
    title: 'Le ou la spécialiste',
    body: 'Un ou une kinésithérapeute spécialisé(e) en rééducation périnéale connaît bien le corps après une naissance. Attendez-vous à des questions sur la vessie, les selles et la douleur, à un regard sur votre façon de respirer, de soulever et de bouger, et à des exercices adaptés à vos journées.',
    hasWhy: true,
  },
  'help-worth-treating': {
    title: 'Fréquent, et ça se soigne',
    body: 'Le mal de dos après un bébé est fréquent, mais vous n’avez pas à vivre avec. Que votre enfant ait six semaines ou seize ans, ce mal de dos peut se traiter.',
    hasWhy: true,
  },
  'help-getting-worse': {
    title: 'Si ça ne s’apaise pas',
    body: 'Si votre mal de dos dure des semaines ou s’aggrave malgré ces habitudes, prenez rendez-vous avec votre médecin ou un ou une kiné. Attendre que ça passe, c’est souvent le laisser s’installer.',
    hasWhy: true,
  },
  'help-epidural': {
    title: 'À propos de la péridurale',
    body: 'Les études suggèrent que la péridurale n’entraîne généralement pas de mal de dos durable. La sensibilité à l’endroit de la piqûre a tendance à passer en quelques jours ou quelques semaines.',
    hasWhy: true,
  },
  'help-pelvic-girdle': {
    title: 'Douleur à l’avant ou à l’arrière du bassin',
    body: 'Une douleur au niveau du pubis, ou profonde dans les fesses, qui s’aggrave dans les escaliers, debout sur une jambe ou en se retournant dans le lit, peut être une douleur de la ceinture pelvienne. Gardez les genoux serrés pour vous retourner ou monter en voiture, et demandez à voir un ou une kiné.',
    hasWhy: true,
  },
  'help-low-mood': {
    title: 'Si le moral est bas',
    body: 'Le moral en berne, l’anxiété ou l’impression de ne plus être soi-même pendant plus de deux semaines, c’est fréquent après un bébé, chez les partenaires aussi, et cela se soigne. Parlez-en à votre médecin traitant, à votre sage-femme ou à la puéricultrice qui vous suit. Si vous pensez à vous faire du mal, appelez tout de suite votre numéro d’urgence.',
    hasWhy: true,
  },
};
