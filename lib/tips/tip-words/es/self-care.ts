/** Titles and bodies of the self-care tips, in Spanish (see lib/tips/tips.ts). */
import type { TipWordsFor } from '../../tip-index';

export const WORDS: TipWordsFor<'self-care'> = {
  'care-heat-cold': {
    title: 'Calor o frío',
    body: 'Una bolsa de agua caliente o una almohadilla térmica pueden soltar los músculos tensos; una bolsa de hielo puede calmar el dolor. Envuelve cualquiera de las dos en un paño, úsala hasta 20 minutos y nunca sobre piel insensible ni cuando te pueda vencer el sueño. Usa la que más te ayude.',
    hasWhy: true,
  },
  'care-rest': {
    title: 'Descansar cuenta',
    body: 'Cuando el bebé duerme, tumbarte o poner los pies en alto también es tiempo de recuperación. Tu cuerpo aún se está curando del embarazo y del parto.',
    hasWhy: true,
  },
  'care-food': {
    title: 'Come algo',
    body: 'Ten a mano algo fácil de picar y agua donde das las tomas y donde trabajas. Necesitas comer como es debido, por tu propio bien; no es un premio que tengas que ganarte.',
  },
  'care-accept-help': {
    title: 'Di que sí a la ayuda',
    body: 'Cuando alguien se ofrezca, pásale el cesto de la ropa, la compra o un rato con el bebé inquieto. La compra a domicilio te ahorra tiempo y a tu espalda una carga pesada.',
  },
  'care-short-walk': {
    title: 'Un paseo corto al aire libre',
    body: 'Un paseo corto hasta el parque o alrededor de la manzana, con o sin el bebé, suelta una espalda rígida y puede levantarte el ánimo. Al principio, que sea corto y tranquilo.',
  },
  'care-back-rub': {
    title: 'Pide un masaje en la espalda',
    body: 'Si tu pareja, alguien de tu familia o una amistad está cerca, pídele un masaje suave mientras te sientas con buen apoyo. Unos minutos pueden aliviar unos músculos que han trabajado todo el día.',
  },
  'care-not-broken': {
    title: 'Tu cuerpo ha hecho algo enorme',
    body: 'El dolor de espalda después de tener un bebé es frecuente, y no significa que algo en ti se haya roto ni que estés haciendo algo mal. Tu core ha pasado por un estiramiento enorme y necesita tiempo y la práctica adecuada.',
    hasWhy: true,
  },
  'care-caesarean-scar': {
    title: 'El cuidado de tu cicatriz',
    body: 'Cuando la herida haya cicatrizado y tu equipo sanitario la vea bien, pide a un fisioterapeuta de suelo pélvico que revise la cicatriz. Te puede enseñar a darte un masaje suave en ella.',
    hasWhy: true,
  },
  'care-caesarean-getting-up': {
    title: 'Levantarte de la cama',
    body: 'Para levantarte desde la posición tumbada, dobla las rodillas y gira hacia un lado en bloque. Luego incorpórate empujando con los brazos mientras bajas las piernas por el borde, soltando el aire al subir.',
    hasWhy: true,
  },
  'care-caesarean-cough': {
    title: 'Una almohada para la tos y la risa',
    body: 'Después de una cesárea, sujeta con firmeza una almohada pequeña o una toalla doblada sobre la herida cuando tosas, estornudes o te rías. Aprieta el suelo pélvico en ese mismo momento y suelta el aire.',
    hasWhy: true,
  },
  'care-toilet': {
    title: 'Sin hacer fuerza en el inodoro',
    body: 'Apoya los pies en un taburete bajo para que las rodillas queden por encima de la cadera, inclínate hacia delante con los codos sobre las rodillas y suelta el aire despacio en vez de hacer fuerza. Beber mucha agua y tomar fibra ayuda a que las heces salgan blandas.',
    hasWhy: true,
  },
};
