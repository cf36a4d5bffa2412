/** Titles and bodies of the mobility tips, in Spanish (see lib/tips/tips.ts). */
import type { TipWordsFor } from '../../tip-index';

export const WORDS: TipWordsFor<'mobility'> = {
  'mob-cat-cow': {
    title: 'Gato-vaca',
    body: 'A cuatro patas, o en una silla con las manos sobre los muslos, suelta el aire mientras redondeas la espalda hacia arriba; luego inhala mientras el pecho va hacia delante y la espalda se arquea con suavidad. Muévete despacio, dentro de un rango cómodo.',
    hasWhy: true,
  },
  'mob-open-book': {
    title: 'Rotación en libro abierto',
    body: 'Túmbate de lado con las rodillas dobladas y los dos brazos estirados por delante. Abre el brazo de arriba en un arco hacia atrás, dejando que el pecho se abra y que la mirada siga a la mano; luego cierra el libro. Cinco por cada lado.',
    hasWhy: true,
  },
  'mob-seated-twist': {
    title: 'Rotación en la silla',
    body: 'En la silla, con la espalda erguida, cruza los brazos sobre el pecho. Suelta el aire y gira las costillas hacia un lado mientras la cadera se queda quieta; vuelve al centro y gira hacia el otro lado.',
  },
  'mob-chair-extension': {
    title: 'Eleva el pecho',
    body: 'De pie, con las manos en la cadera o en la parte baja de la espalda, inhala y eleva con suavidad el pecho hacia el techo, dejando que la parte alta de la espalda se arquee un poco; luego vuelve a la vertical. Repite unas cuantas veces, en un rango que resulte cómodo.',
    hasWhy: true,
  },
  'mob-standing-reach': {
    title: 'Estiramiento hacia arriba',
    body: 'Ponte de pie, entrelaza los dedos, gira las palmas hacia el techo y estírate hacia arriba. Lleva el aire a las costillas de los lados y luego inclínate un poco hacia cada lado.',
  },
  'mob-open-chest': {
    title: 'Abre el pecho',
    body: 'De pie, entrelaza las manos a la espalda o sujétate al marco de una puerta, y deja que el pecho se abra mientras los omóplatos van hacia atrás y hacia abajo. Quédate así tres respiraciones lentas.',
  },
  'mob-roll-down': {
    title: 'Redondear la espalda también vale',
    body: 'En una silla, deja caer la barbilla y baja enrollando la columna hacia las rodillas; luego vuelve a subir despacio. Redondear la espalda con suavidad y sin carga es un movimiento sano.',
    hasWhy: true,
  },
  'mob-hamstrings': {
    title: 'La parte de atrás de los muslos',
    body: 'Siéntate cerca del borde de la silla, adelanta un talón con esa pierna estirada e inclínate hacia delante desde la cadera, con la espalda larga, hasta notar una ligera tensión. Mantén unas respiraciones y cambia de pierna.',
    hasWhy: true,
  },
  'mob-not-stretching': {
    title: 'La movilidad no es estirar',
    body: 'Un estiramiento alivia un rato una zona tensa. El trabajo de movilidad lleva la columna a doblarse hacia delante, arquearse hacia atrás y girar, para que vuelva a aprender cada movimiento.',
    hasWhy: true,
  },
  'mob-gentle-stretch': {
    title: 'Estiramientos suaves',
    body: 'Estira solo hasta donde te resulte cómodo. Un estiramiento nunca debería doler, y después deberías sentirte mejor, no peor.',
    hasWhy: true,
  },
};
