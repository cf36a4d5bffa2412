/** Titles and bodies of the strength tips, in German (see lib/tips/tips.ts). */
import type { TipWordsFor } from '../../tip-index';

export const WORDS: TipWordsFor<'strength'> = {
  'str-glute-bridge': {
    title: 'Beckenheben',
    body: 'Leg dich auf den Rücken, Knie gebeugt, Füße flach aufgestellt. Atme aus, heb sanft den Beckenboden an und drück dich über die Fersen hoch, bis das Becken angehoben ist, dann senk es langsam ab. Fang mit einer kleinen Bewegung an, acht- bis zehnmal.',
    hasWhy: true,
  },
  'str-sit-to-stand': {
    title: 'Aufstehen aus dem Sitzen',
    body: 'Setz dich vorn auf deinen Stuhl, die Füße unter den Knien. Neig dich aus der Hüfte nach vorn, atme aus und steh auf, indem du dich mit den Händen an den Oberschenkeln oder Armlehnen abdrückst; wenn das leichtfällt, probier es ohne Hände. Setz dich langsam wieder hin, fünf- bis zehnmal.',
    hasWhy: true,
  },
  'str-heavier-than-child': {
    title: 'Mehr heben, als dein Kind wiegt',
    body: 'Ab etwa zwölf Wochen, und nur ohne Urinverlust, Schweregefühl, Vorwölbung oder Schmerzen: Arbeite dich über Monate hin zu einer Kettlebell, die 5 bis 14 kg (10 bis 30 lb) schwerer ist als dein Kind. Alltägliches Heben, auch in ungünstigen Haltungen, fordert dann weniger von deiner Kraft.',
    hasWhy: true,
  },
  'str-step-by-step': {
    title: 'Schritt für Schritt steigern',
    body: 'Nimm immer nur eine Sache dazu und lass deinen Körper antworten, bevor die nächste kommt: erst dein eigenes Körpergewicht, dann leichte Gewichte; erst gemütliche Spaziergänge, dann zügige. Leichte Tage gehören zum Plan.',
    hasWhy: true,
  },
  'str-glutes-relaxed': {
    title: 'Starke Gesäßmuskeln, nicht verkrampfte',
    body: 'Starke Gesäßmuskeln helfen deinem Rücken – sie den ganzen Tag anzuspannen, hilft ihm nicht. Lass sie im Stehen und Sitzen locker und setz sie ein, wenn du hebst, Treppen steigst oder aufstehst.',
  },
  'str-why-strength': {
    title: 'Warum Kraft wichtig ist',
    body: 'Aus Babys werden Kleinkinder, und jedes Tragen wird schwerer. Wenn du nach und nach Kraft aufbaust, bleibst du der Last einen Schritt voraus, statt ihr hinterherzulaufen.',
    hasWhy: true,
  },
  'str-return-to-running': {
    title: 'Wieder laufen gehen',
    body: 'Warte bis etwa drei Monate nach der Geburt und bis zügiges Gehen, Hüpfen und eine Minute Joggen auf der Stelle keinen Urinverlust, kein Schweregefühl, keine Vorwölbung und keine Schmerzen mehr auslösen. Beginn dann mit kurzen Wechseln aus Laufen und Gehen. Wenn Beschwerden zurückkommen, geh einen Schritt zurück.',
    hasWhy: true,
  },
};
