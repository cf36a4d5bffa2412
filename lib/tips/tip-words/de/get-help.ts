/** Titles and bodies of the get-help tips, in German (see lib/tips/tips.ts). */
import type { TipWordsFor } from '../../tip-index';

export const WORDS: TipWordsFor<'get-help'> = {
  'help-see-someone-now': {
    title: 'Wann du Hilfe holen solltest',
    body: 'Die meisten Rückenschmerzen nach einer Geburt sind kein Notfall, manche Anzeichen aber schon. Die Liste unten ordnet sie danach, wie schnell du handeln solltest: sofort, am selben Tag oder mit einem vereinbarten Termin.',
    hasWhy: true,
  },
  'help-pelvic-floor-pt': {
    title: 'Die richtige Anlaufstelle',
    body: 'Eine Physiotherapie mit Schwerpunkt Beckenboden ist auf den Körper nach einer Geburt spezialisiert. Rechne mit Fragen zu Blase, Darm und Schmerzen, mit einem Blick darauf, wie du atmest, hebst und dich bewegst, und mit Übungen, die in deinen Alltag passen.',
    hasWhy: true,
  },
  'help-worth-treating': {
    title: 'Häufig – und behandelbar',
    body: 'Rückenschmerzen nach einem Baby sind häufig, aber du musst nicht mit ihnen leben. Ob dein Kind sechs Wochen oder sechzehn Jahre alt ist: Sie lassen sich behandeln.',
    hasWhy: true,
  },
  'help-getting-worse': {
    title: 'Wenn es nicht besser wird',
    body: 'Wenn deine Rückenschmerzen trotz dieser Gewohnheiten wochenlang anhalten oder schlimmer werden, vereinbare einen Termin in deiner Hausarztpraxis oder in der Physiotherapie. Wer nur abwartet, riskiert oft, dass sie sich festsetzen.',
    hasWhy: true,
  },
  'help-epidural': {
    title: 'Zur PDA',
    body: 'Studien deuten darauf hin, dass eine PDA in der Regel nicht zu dauerhaften Rückenschmerzen führt. Schmerzen an der Einstichstelle klingen meist innerhalb von Tagen oder Wochen ab.',
    hasWhy: true,
  },
  'help-pelvic-girdle': {
    title: 'Schmerzen vorn oder hinten am Becken',
    body: 'Schmerzen über dem Schambein oder tief im Gesäß, die beim Treppensteigen, beim Stehen auf einem Bein oder beim Umdrehen im Bett stärker werden, können Beckengürtelschmerzen sein. Halte die Knie zusammen, wenn du dich umdrehst oder ins Auto steigst, und frag nach Physiotherapie.',
    hasWhy: true,
  },
  'help-low-mood': {
    title: 'Wenn deine Stimmung gedrückt ist',
    body: 'Sich länger als zwei Wochen niedergeschlagen, ängstlich oder nicht wie sonst zu fühlen, ist nach einem Baby häufig, auch bei Partnerinnen und Partnern, und es ist behandelbar. Sprich mit deiner Hausärztin oder deinem Hausarzt, deiner Hebamme oder in der Kinderarztpraxis. Wenn du daran denkst, dir etwas anzutun, ruf sofort deine Notrufnummer an.',
    hasWhy: true,
  },
};
