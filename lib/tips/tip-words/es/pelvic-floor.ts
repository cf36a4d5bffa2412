/** Titles and bodies of the pelvic-floor programme, in Spanish (see lib/tips/tips.ts). */
import type { TipWordsFor } from '../../tip-index';

export const WORDS: TipWordsFor<'pelvic-floor'> = {
  'pf-slow-holds': {
    title: 'Suelo pélvico: contracciones lentas',
    body: 'Aprieta y eleva la zona alrededor del ano y de la parte delantera, como si aguantaras un gas y el pipí, sin dejar de respirar. Mantén hasta diez segundos, luego suelta del todo y descansa lo mismo. Ve subiendo hasta diez.',
    hasWhy: true,
  },
  'pf-quick-squeezes': {
    title: 'Suelo pélvico: contracciones rápidas',
    body: 'Después de las contracciones lentas, haz algunas rápidas: aprieta y eleva con fuerza durante un segundo y luego suelta del todo. Hasta diez seguidas. Soltar por completo cada vez es la mitad del ejercicio.',
    hasWhy: true,
  },
  'pf-every-day': {
    title: 'Tres veces al día, durante tres meses',
    body: 'Los ejercicios de suelo pélvico funcionan cuando se vuelven un hábito: una serie de contracciones lentas y rápidas tres veces al día, durante unos tres meses. Si te cuesta hacerlos en una silla, empieza acostándote, y asócialos a algo que hagas a diario, como una toma.',
    hasWhy: true,
  },
  'pf-before-a-cough': {
    title: 'Aprieta antes de estornudar',
    body: '¿Notas que viene una tos, un estornudo o una risa? Aprieta y eleva el suelo pélvico justo antes y mantenlo hasta que pase. Pruébalo también antes de levantar al bebé.',
    hasWhy: true,
  },
};
