/** Titles and bodies of the pelvic-floor tips, in German (see lib/tips/tips.ts). */
import type { TipWordsFor } from '../../tip-index';

export const WORDS: TipWordsFor<'pelvic-floor'> = {
  'pf-slow-holds': {
    title: 'Beckenboden: langsam halten',
    body: 'Spann rund um den After und vorn an und zieh nach oben, als würdest du einen Pups und Pipi zurückhalten, und atme dabei weiter. Halte bis zu zehn Sekunden, lass dann ganz los und ruh dich genauso lange aus. Steigere dich auf zehn Wiederholungen.',
    hasWhy: true,
  },
  'pf-quick-squeezes': {
    title: 'Beckenboden: schnell anspannen',
    body: 'Mach nach dem langsamen Halten schnelle Wiederholungen: eine Sekunde kräftig anspannen und anheben, dann ganz loslassen. Bis zu zehnmal hintereinander. Jedes Mal ganz loszulassen, ist die halbe Übung.',
    hasWhy: true,
  },
  'pf-every-day': {
    title: 'Dreimal am Tag, drei Monate lang',
    body: 'Beckenbodenübungen wirken, wenn sie zur Gewohnheit werden: dreimal am Tag eine Runde langsames Halten und schnelles Anspannen, etwa drei Monate lang. Fang im Liegen an, wenn dir das Sitzen schwerfällt, und verknüpf die Übungen mit etwas, das du täglich tust, etwa dem Füttern.',
    hasWhy: true,
  },
  'pf-before-a-cough': {
    title: 'Anspannen vor dem Niesen',
    body: 'Spürst du, dass ein Husten, Niesen oder Lachen kommt? Spann deinen Beckenboden kurz vorher an, heb ihn an und halte, bis der Moment vorbei ist. Probier das auch, bevor du das Baby hochhebst.',
    hasWhy: true,
  },
};
