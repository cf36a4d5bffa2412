/** Titles and bodies of the feeding tips, in Spanish (see lib/tips/tips.ts). */
import type { TipWordsFor } from '../../tip-index';

export const WORDS: TipWordsFor<'feeding'> = {
  'feed-pillow-mid-back': {
    title: 'Un cojín a media espalda',
    body: 'Antes de la toma, coloca un cojín entre la silla y la zona media de la espalda, no la zona lumbar. Así la silla te sostiene y los músculos de la espalda descansan.',
    hasWhy: true,
  },
  'feed-feet-raised': {
    title: 'Los pies en alto, sobre un taburete',
    body: 'Apoya los pies en un reposapiés, una caja baja o una pila de libros mientras das la toma. El regazo sube hacia el bebé, así que te inclinas menos, y con los pies apoyados puedes recostarte en la silla.',
    hasWhy: true,
  },
  'feed-baby-up': {
    title: 'Sube al bebé hasta ti',
    body: 'Pon almohadas en el regazo hasta que el bebé quede a la altura del pecho o del biberón. Así las almohadas cargan con el peso y puedes sentarte con la espalda erguida en vez de doblarte sobre el bebé.',
    hasWhy: true,
  },
  'feed-tummy-to-tummy': {
    title: 'Cerca y a tu altura',
    body: 'Pon al bebé de lado, con la barriga frente a la tuya y la cabeza a lo largo de tu antebrazo. Deja que una almohada bajo tu brazo cargue con el peso para que los hombros y la espalda estén relajados.',
  },
  'feed-side-lying': {
    title: 'Dar la toma acostándote',
    body: 'Solo para dar el pecho, no el biberón: de lado, con una almohada entre las rodillas. Prepara la cama para que sea segura por si te duermes, sin almohadas ni mantas cerca del bebé, y luego pásalo a su cuna. Nunca en un sofá o un sillón, ni si has bebido alcohol, consumido drogas, fumado o tomado medicamentos que den sueño.',
    hasWhy: true,
  },
  'feed-bottle': {
    title: 'También con biberón',
    body: 'Para dar el biberón, sostén al bebé bastante incorporado y cerca del pecho, y apoya el brazo que lo sujeta en una almohada o un reposabrazos. Mira hacia abajo con los ojos en lugar de bajar toda la cabeza.',
    hasWhy: true,
  },
  'feed-shoulders-down': {
    title: 'Deja caer los hombros',
    body: 'Durante la toma, los hombros tienden a subir hacia las orejas. Suelta el aire, déjalos caer y deja que la almohada sostenga el peso de tus brazos.',
  },
  'feed-chin-level': {
    title: 'Levanta la mirada',
    body: 'Cada pocos minutos, aparta la vista del bebé y pon la barbilla recta durante un par de respiraciones. El cuello y la parte alta de la espalda hacen una pausa, y al bebé no le importará.',
  },
  'feed-water': {
    title: 'Agua a mano',
    body: 'Antes de sentarte, deja un vaso de agua y algo de comer donde llegues sin girarte. Dar de comer da sed, y tus propias necesidades también cuentan.',
  },
  'feed-legs-uncrossed': {
    title: 'Los dos pies apoyados',
    body: 'Intenta no cruzar las piernas durante la toma. Con los dos pies bien apoyados en el suelo o en un taburete, la pelvis queda nivelada y la carga se reparte por igual en la espalda.',
  },
  'feed-switch-arms': {
    title: 'Reparte el trabajo entre los dos lados',
    body: 'Fíjate en qué brazo y qué hombro sostienen al bebé. Cuando el bebé esté listo para el otro lado, o en la siguiente toma, deja que tu otro brazo tome el relevo.',
  },
  'feed-caesarean-holds': {
    title: 'Posturas que protegen la herida',
    body: 'Después de una cesárea, prueba la posición de rugby: el bebé recogido a tu lado sobre una almohada, con las piernas hacia tu espalda. O recuéstate con buen apoyo y deja al bebé sobre tu pecho. Cualquiera de las dos mantiene su peso lejos de la herida.',
    hasWhy: true,
  },
};
