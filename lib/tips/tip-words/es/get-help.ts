/** Titles and bodies of the get-help tips, in Spanish (see lib/tips/tips.ts). */
import type { TipWordsFor } from '../../tip-index';

export const WORDS: TipWordsFor<'get-help'> = {
  'help-see-someone-now': {
    title: 'Cuándo pedir ayuda',
    body: 'La mayoría de los dolores de espalda después de un parto no son una urgencia, pero algunos signos sí lo son. La lista de abajo los ordena según la urgencia: ahora, el mismo día o en una cita programada.',
    hasWhy: true,
  },
  'help-pelvic-floor-pt': {
    title: 'El especialista en esto',
    body: 'Un fisioterapeuta de suelo pélvico se especializa en el cuerpo después de un parto. Te preguntará por la vejiga, el intestino y el dolor, observará cómo respiras, levantas peso y te mueves, y te dará ejercicios que encajen en tu día a día.',
    hasWhy: true,
  },
  'help-worth-treating': {
    title: 'Es frecuente y vale la pena tratarlo',
    body: 'El dolor de espalda después de tener un bebé es frecuente, pero no tienes por qué vivir con él. Tenga tu hijo o hija seis semanas o dieciséis años, se puede tratar.',
    hasWhy: true,
  },
  'help-getting-worse': {
    title: 'Si no va a mejor',
    body: 'Si el dolor de espalda dura semanas o empeora a pesar de estos hábitos, pide cita con tu médico o con un fisioterapeuta. Si esperas a que se pase solo, a menudo se instala.',
    hasWhy: true,
  },
  'help-epidural': {
    title: 'Sobre la epidural',
    body: 'Las investigaciones indican que la epidural no suele causar dolor de espalda duradero. La molestia donde entró la aguja suele pasar en días o semanas.',
    hasWhy: true,
  },
  'help-pelvic-girdle': {
    title: 'Dolor delante o detrás de la pelvis',
    body: 'El dolor sobre el pubis, o en lo profundo de las nalgas, que empeora en las escaleras, al apoyarte en una pierna o al darte la vuelta en la cama puede ser dolor de cintura pélvica. Mantén las rodillas juntas al girarte o al subir al coche, y pide que te vea un fisioterapeuta.',
    hasWhy: true,
  },
  'help-low-mood': {
    title: 'Si tu ánimo está bajo',
    body: 'Sentirte con el ánimo bajo, con ansiedad o como si no fueras tú durante más de dos semanas es frecuente después de tener un bebé, también en las parejas, y se puede tratar. Habla con tu médico de familia, tu matrona o el equipo de enfermería de tu centro de salud. Si piensas en hacerte daño, llama ahora a tu número de emergencias.',
    hasWhy: true,
  },
};
