/** Titles and bodies of the breathing tips, in Spanish (see lib/tips/tips.ts). */
import type { TipWordsFor } from '../../tip-index';

export const WORDS: TipWordsFor<'breathing'> = {
  'breath-360': {
    title: 'Respiración 360°',
    body: 'Apoya las manos en las costillas bajas. Inhala por la nariz y deja que la barriga se relaje mientras las costillas se abren hacia los lados y hacia la espalda, además de hacia delante. Suelta el aire despacio y nota cómo vuelven hacia dentro.',
    hasWhy: true,
  },
  'breath-exhale-lift': {
    title: 'Exhala y eleva',
    body: 'Al soltar el aire, eleva con suavidad el suelo pélvico como si aguantaras un gas, y nota cómo la parte baja de la barriga se recoge. Deja que todo se relaje al inhalar. Repite cinco veces.',
    hasWhy: true,
  },
  'breath-rib-stack': {
    title: 'Costillas sobre la pelvis',
    body: 'Siéntate o ponte de pie de forma que la caja torácica quede justo encima de la pelvis, ni abierta hacia arriba y hacia delante ni hundida. Así alineados, el diafragma y el suelo pélvico quedan frente a frente y pueden trabajar en equipo.',
    hasWhy: true,
  },
  'breath-feed-breaths': {
    title: 'Respirar durante la toma',
    body: 'Mientras el bebé come, haz tres respiraciones lentas hacia las costillas bajas y nota cómo se abren contra el respaldo. Es una forma tranquila de practicar la respiración del core sin levantarte.',
  },
  'breath-crunches-wait': {
    title: 'Por qué los abdominales pueden esperar',
    body: 'Los abdominales clásicos empujan hacia fuera una pared abdominal estirada y hacia abajo el suelo pélvico. Primero van la respiración, el trabajo de suelo pélvico y los músculos abdominales más profundos; lo demás puede venir después.',
    hasWhy: true,
  },
  'breath-cylinder': {
    title: 'Tu core es un equipo de cuatro',
    body: 'Cuatro grupos musculares sostienen juntos el tronco: el músculo de la respiración bajo las costillas, la pared abdominal profunda que te rodea, los músculos a lo largo de la columna y el suelo pélvico, debajo. Trabájalos juntos y tu espalda dejará de hacerlo todo sola.',
    hasWhy: true,
  },
  'breath-leaks-linked': {
    title: 'Las pérdidas y el dolor de espalda van unidos',
    body: 'Tener alguna pequeña pérdida al toser, estornudar o levantar peso es frecuente después de un parto, y a menudo va unido al dolor de espalda. Si no se ha resuelto hacia los tres meses, un fisioterapeuta de suelo pélvico puede ayudarte con las dos cosas.',
    hasWhy: true,
  },
  'breath-after-pregnancy': {
    title: 'Recuperar la respiración profunda',
    body: 'Al final del embarazo, el bebé le quita espacio al diafragma y la respiración se vuelve superficial. Algunas personas vuelven solas a respirar hondo; otras necesitan un poco de práctica.',
  },
  'breath-new-habit': {
    title: 'Poco y a menudo',
    body: 'Durante el embarazo, tu cerebro aprendió a dejar que la espalda hiciera el trabajo del core. Una práctica corta y frecuente le enseña un hábito nuevo, igual que al aprender a teclear: al principio es lento y consciente, y luego sale solo.',
  },
};
