/** Titles and bodies of the lifting tips, in Spanish (see lib/tips/tips.ts). */
import type { TipWordsFor } from '../../tip-index';

export const WORDS: TipWordsFor<'lifting'> = {
  'lift-hip-hinge': {
    title: 'Bisagra de cadera',
    body: 'Para llegar a algo bajo, lleva la cadera hacia atrás como si cerraras un cajón a tu espalda, dobla un poco las rodillas y mantén la espalda larga de la cabeza al coxis. Así la cadera y las piernas comparten el trabajo con la espalda.',
    hasWhy: true,
  },
  'lift-lunge-down': {
    title: 'Baja al suelo en zancada',
    body: 'Para levantar al bebé del suelo o de la alfombra de juegos, adelanta un pie y baja hasta apoyar una rodilla, con la espalda erguida. Recoge al bebé contra tu pecho y luego empuja con el pie de delante para ponerte de pie.',
    hasWhy: true,
  },
  'lift-load-close': {
    title: 'Acerca la carga',
    body: 'Antes de ponerte de pie con el bebé, una cesta o una bolsa, acércalo contra tu pecho. Cuanto más lejos del cuerpo está una carga, más tiene que trabajar la espalda para sostenerla.',
  },
  'lift-exhale': {
    title: 'Suelta el aire al levantar',
    body: 'Inhala para prepararte y luego suelta el aire al levantar, elevando con suavidad el suelo pélvico. Aguantar la respiración empuja la presión hacia abajo y hacia fuera en vez de dejar que tu core ayude.',
    hasWhy: true,
  },
  'lift-switch-hips': {
    title: 'Cambia de cadera',
    body: 'Si llevas al bebé en una cadera, pásalo a la otra a menudo. Mantén el cuerpo erguido sobre los dos pies en vez de sacar una cadera hacia el lado para hacer de repisa.',
    hasWhy: true,
  },
  'lift-car-seat': {
    title: 'Cómo llevar la sillita del coche',
    body: 'Una sillita de coche para bebé pesa y es incómoda. Llévala cerca, delante de ti, con las dos manos o en el hueco del codo, no separada a un lado, y engánchala al chasis del cochecito cuando puedas.',
    hasWhy: true,
  },
  'lift-stroller': {
    title: 'El cochecito al coche',
    body: 'Un cochecito es una carga grande en un ángulo incómodo. Plégalo, ponte cerca con los pies separados, haz una bisagra de cadera y súbelo en dos pasos: primero al borde del maletero y luego dentro.',
    hasWhy: true,
  },
  'lift-weekly-shop': {
    title: 'La compra de la semana',
    body: 'Usa más bolsas con menos peso en cada una y súbelas al coche de una en una, cerca del cuerpo. Deja lo más pesado a un servicio a domicilio o a alguien de confianza.',
    hasWhy: true,
  },
  'lift-into-cot': {
    title: 'Dejar al bebé en la cuna',
    body: 'Ponte cerca de la cuna, sostén al bebé contra tu pecho y haz una bisagra de cadera al bajarlo, soltando el aire. Vuelve a subir de la misma forma, empezando por la cadera.',
  },
  'lift-carrier': {
    title: 'Un portabebés bien ajustado',
    body: 'Ajusta las correas para que el bebé quede alto y pegado a tu pecho; un portabebés bajo y flojo tira de ti hacia delante. En los días largos, tómate descansos sin él.',
    hasWhy: true,
  },
  'lift-one-breath': {
    title: 'Una respiración antes de levantar',
    body: 'Cuando el bebé llora, lo que te pide el cuerpo es levantarlo en brazos al instante. Haz primero una respiración para colocar los pies y acercarte: cuesta un segundo y protege tu espalda.',
  },
  'lift-for-you': {
    title: 'Por ahora, que otra persona lo levante',
    body: 'En las primeras semanas después del parto, y más tiempo tras una cesárea, no levantes nada que pese más que tu bebé. Por ahora, pide a alguien que lleve la sillita del coche, el cochecito y la compra.',
    hasWhy: true,
  },
  'lift-nappy-height': {
    title: 'Cambia pañales a la altura de la cintura',
    body: 'Cambia al bebé sobre una superficie a la altura de la cintura, más o menos, o de rodillas junto a una colchoneta en el suelo, en vez de encorvarte sobre una cama. Cuando esté en alto, mantén siempre una mano sobre el bebé.',
    hasWhy: true,
  },
};
