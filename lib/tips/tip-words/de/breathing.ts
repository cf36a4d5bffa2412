/** Titles and bodies of the breathing tips, in German (see lib/tips/tips.ts). */
import type { TipWordsFor } from '../../tip-index';

export const WORDS: TipWordsFor<'breathing'> = {
  'breath-360': {
    title: '360°-Atmung',
    body: 'Leg die Hände auf deine unteren Rippen. Atme durch die Nase ein und lass den Bauch weich werden, während sich die Rippen weiten – zur Seite und in den Rücken genauso wie nach vorn. Atme langsam aus und spür, wie sie sich wieder zusammenziehen.',
    hasWhy: true,
  },
  'breath-exhale-lift': {
    title: 'Ausatmen und anheben',
    body: 'Heb beim Ausatmen sanft den Beckenboden an, als würdest du einen Pups zurückhalten, und spür, wie sich dein Unterbauch leicht einzieht. Lass beim Einatmen alles wieder weich werden. Fünfmal wiederholen.',
    hasWhy: true,
  },
  'breath-rib-stack': {
    title: 'Rippen über dem Becken',
    body: 'Sitz oder steh so, dass dein Brustkorb gerade über dem Becken liegt, weder nach oben und vorn aufgestellt noch nach unten zusammengesunken. So liegen Zwerchfell und Beckenboden einander gegenüber und können als Paar arbeiten.',
    hasWhy: true,
  },
  'breath-feed-breaths': {
    title: 'Atmen beim Füttern',
    body: 'Nimm, während das Baby trinkt, drei langsame Atemzüge in deine unteren Rippen und spür, wie sie sich gegen die Stuhllehne weiten. So übst du ganz still die Atmung für deine Körpermitte, ohne aufzustehen.',
  },
  'breath-crunches-wait': {
    title: 'Warum Crunches warten können',
    body: 'Crunches und Sit-ups drücken nach außen auf eine gedehnte Bauchwand und nach unten auf den Beckenboden. Atmung, Beckenbodentraining und die tiefsten Bauchmuskeln kommen zuerst; der Rest kann folgen.',
    hasWhy: true,
  },
  'breath-cylinder': {
    title: 'Deine Körpermitte ist ein Viererteam',
    body: 'Vier Muskelgruppen halten deinen Rumpf gemeinsam stabil: der Atemmuskel unter den Rippen, die tiefe Bauchwand, die dich umschließt, die Muskeln entlang der Wirbelsäule und darunter der Beckenboden. Übe sie zusammen, dann arbeitet dein Rücken nicht mehr allein.',
    hasWhy: true,
  },
  'breath-leaks-linked': {
    title: 'Urinverlust und Rückenschmerz hängen zusammen',
    body: 'Ein bisschen Urin zu verlieren, wenn du hustest, niest oder hebst, ist nach einer Geburt häufig und geht oft mit Rückenschmerzen einher. Wenn es nach etwa drei Monaten nicht vorbei ist, kann eine Physiotherapie mit Schwerpunkt Beckenboden bei beidem helfen.',
    hasWhy: true,
  },
  'breath-after-pregnancy': {
    title: 'Den tiefen Atem wiederfinden',
    body: 'Spät in der Schwangerschaft drängt das Baby dein Zwerchfell nach oben, deshalb wird die Atmung flach. Manche finden von selbst zur tiefen Atmung zurück, andere brauchen ein wenig Übung.',
  },
  'breath-new-habit': {
    title: 'Wenig und oft',
    body: 'In der Schwangerschaft hat dein Gehirn gelernt, den Rücken die Arbeit der Körpermitte machen zu lassen. Kurzes, häufiges Üben bringt ihm eine neue Gewohnheit bei – so wie sich Tippen anfangs langsam und mühsam anfühlt und später von selbst läuft.',
  },
};
