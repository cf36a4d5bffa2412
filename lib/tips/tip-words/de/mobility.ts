/** Titles and bodies of the mobility tips, in German (see lib/tips/tips.ts). */
import type { TipWordsFor } from '../../tip-index';

export const WORDS: TipWordsFor<'mobility'> = {
  'mob-cat-cow': {
    title: 'Katze-Kuh',
    body: 'Im Vierfüßlerstand oder im Sitzen mit den Händen auf den Oberschenkeln: Atme aus und mach den Rücken nach oben rund, dann atme ein, während dein Brustkorb nach vorn kommt und dein Rücken sich sanft durchbiegt. Beweg dich langsam und nur so weit, wie es leichtfällt.',
    hasWhy: true,
  },
  'mob-open-book': {
    title: 'Drehung „offenes Buch“',
    body: 'Leg dich mit gebeugten Knien auf die Seite, beide Arme gestreckt vor dir. Schwing den oberen Arm nach oben und hinüber, lass den Brustkorb sich öffnen und die Augen der Hand folgen, dann schließ das Buch wieder. Fünfmal pro Seite.',
    hasWhy: true,
  },
  'mob-seated-twist': {
    title: 'Drehung im Sitzen',
    body: 'Sitz aufrecht, die Arme vor der Brust gekreuzt. Atme aus und dreh deine Rippen zu einer Seite, während das Becken ruhig bleibt, komm zurück zur Mitte und dreh dich dann zur anderen Seite.',
  },
  'mob-chair-extension': {
    title: 'Heb den Brustkorb',
    body: 'Stell dich hin, die Hände an den Hüften oder am unteren Rücken. Atme ein und heb den Brustkorb sanft Richtung Decke, sodass sich der obere Rücken ein wenig nach hinten beugt, dann komm zurück in die aufrechte Haltung. Ein paarmal wiederholen, so weit es sich leicht anfühlt.',
    hasWhy: true,
  },
  'mob-standing-reach': {
    title: 'Strecken im Stehen',
    body: 'Steh auf, verschränk die Finger, dreh die Handflächen zur Decke und streck dich lang nach oben. Atme in deine seitlichen Rippen und neig dich dann ein wenig zu jeder Seite.',
  },
  'mob-open-chest': {
    title: 'Den Brustkorb öffnen',
    body: 'Steh auf, verschränk die Hände hinter dem Rücken oder halt dich an einem Türrahmen fest, und lass den Brustkorb sich öffnen, während die Schulterblätter nach hinten und unten gleiten. Bleib drei langsame Atemzüge lang so.',
  },
  'mob-roll-down': {
    title: 'Rund machen ist erlaubt',
    body: 'Lass im Sitzen das Kinn sinken und roll dich Wirbel für Wirbel in Richtung Knie ab, dann roll dich langsam wieder auf. Sanftes Rundmachen ohne Last ist eine gesunde Bewegung.',
    hasWhy: true,
  },
  'mob-hamstrings': {
    title: 'Die Rückseite der Oberschenkel',
    body: 'Setz dich nah an die Stuhlkante, stell eine Ferse nach vorn, dieses Bein gestreckt, und neig dich mit langem Rücken aus der Hüfte nach vorn, bis du einen leichten Zug spürst. Halte ein paar Atemzüge lang, dann wechsle das Bein.',
    hasWhy: true,
  },
  'mob-not-stretching': {
    title: 'Beweglichkeit ist nicht gleich Dehnen',
    body: 'Eine Dehnung lockert eine verspannte Stelle für eine Weile. Beweglichkeitsübungen führen die Wirbelsäule durch Vorbeugen, Zurückbeugen und Drehen, sodass sie jede Bewegung neu lernt.',
    hasWhy: true,
  },
  'mob-gentle-stretch': {
    title: 'Sanft dehnen',
    body: 'Dehn dich nur so weit, wie es angenehm ist. Eine Dehnung sollte nie wehtun, und danach solltest du dich besser fühlen, nicht schlechter.',
    hasWhy: true,
  },
};
