/** Titles and bodies of the strength tips, in Spanish (see lib/tips/tips.ts). */
import type { TipWordsFor } from '../../tip-index';

export const WORDS: TipWordsFor<'strength'> = {
  'str-glute-bridge': {
    title: 'Puente de glúteos',
    body: 'Túmbate boca arriba con las rodillas dobladas y los pies apoyados. Suelta el aire, eleva con suavidad el suelo pélvico y empuja con los talones para subir la cadera; luego baja despacio. Empieza subiendo poco, de ocho a diez veces.',
    hasWhy: true,
  },
  'str-sit-to-stand': {
    title: 'Levantarte de la silla',
    body: 'Siéntate cerca del borde delantero de la silla, con los pies bajo las rodillas. Inclínate hacia delante desde la cadera, suelta el aire y ponte de pie empujando con las manos en los muslos o en los reposabrazos; cuando te resulte fácil, prueba sin manos. Vuelve a sentarte despacio, de cinco a diez veces.',
    hasWhy: true,
  },
  'str-heavier-than-child': {
    title: 'Levanta más de lo que pesa tu hijo o hija',
    body: 'A partir de unas doce semanas, y solo si no hay pérdidas, sensación de peso, bulto ni dolor, ve subiendo durante meses hasta una pesa rusa que pese de 5 a 14 kg (10 a 30 lb) más que tu hijo o hija. Así los esfuerzos del día a día, incluidos los incómodos, te piden menos de lo que tienes.',
    hasWhy: true,
  },
  'str-step-by-step': {
    title: 'Avanza paso a paso',
    body: 'Añade una sola cosa cada vez y deja que tu cuerpo responda antes de la siguiente: primero tu propio peso, luego pesos ligeros; paseos tranquilos, luego a paso ligero. Los días suaves también forman parte del plan.',
    hasWhy: true,
  },
  'str-glutes-relaxed': {
    title: 'Glúteos fuertes, no apretados',
    body: 'Unos glúteos fuertes ayudan a tu espalda, pero apretarlos todo el día no. Déjalos relajados cuando estés de pie o en la silla, y úsalos al levantar peso, subir escaleras o levantarte.',
  },
  'str-why-strength': {
    title: 'Por qué importa la fuerza',
    body: 'Los bebés se convierten en niños pequeños, y cada vez pesan más en brazos. Ganar fuerza poco a poco te mantiene por delante de la carga en vez de ir detrás de ella.',
    hasWhy: true,
  },
  'str-return-to-running': {
    title: 'Volver a correr',
    body: 'Espera hasta unos tres meses después del parto, y hasta que caminar a paso ligero, dar saltitos y trotar un minuto en el sitio no te provoquen pérdidas, sensación de peso, bulto ni dolor. Luego empieza alternando tramos cortos de carrera y marcha. Si vuelven los síntomas, retrocede un paso.',
    hasWhy: true,
  },
};
