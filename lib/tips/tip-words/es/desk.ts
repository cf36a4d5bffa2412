/** Titles and bodies of the desk tips, in Spanish (see lib/tips/tips.ts). */
import type { TipWordsFor } from '../../tip-index';

export const WORDS: TipWordsFor<'desk'> = {
  'feed-at-desk': {
    title: 'Dar la toma en el escritorio',
    body: 'Si das la toma en el escritorio, aleja la silla del teclado y colócate como lo harías en el sofá: cojín a media espalda, pies sobre una caja, bebé sobre una almohada. Estirarte hacia la pantalla a mitad de la toma te dobla hacia delante.',
  },
  'desk-chair': {
    title: 'Ajusta tu silla',
    body: 'Siéntate bien al fondo, con un cojín a media espalda y los pies bien apoyados en el suelo o en un reposapiés. Acerca el teclado para que los codos puedan caer junto al cuerpo.',
  },
  'desk-screen-height': {
    title: 'La pantalla a la altura de los ojos',
    body: 'Si pasas el día mirando hacia abajo a un portátil, elévalo con un soporte o una pila de libros y usa un teclado aparte. La cabeza se mantiene sobre los hombros y la parte alta de la espalda descansa.',
    hasWhy: true,
  },
  'desk-two-minute-walk': {
    title: 'Un paseo de dos minutos',
    body: 'Levántate y camina dos minutos: hasta la ventana, a la cocina, por la habitación. Deja que los brazos se balanceen y que la respiración se calme.',
    hasWhy: true,
  },
  'desk-reset': {
    title: 'Reajustar, sin buscar la perfección',
    body: 'Nadie se sienta bien todo el rato, y no hace falta. Unas cuantas veces por hora, reajusta: pies apoyados, costillas sobre la pelvis, hombros sueltos.',
  },
  'desk-stand-for-calls': {
    title: 'De pie para una llamada',
    body: 'Atiende tu próxima llamada o videollamada de pie, con el peso repartido entre los dos pies. Cambiar de postura a menudo hace más por tu espalda que cualquier postura ideal.',
  },
};
