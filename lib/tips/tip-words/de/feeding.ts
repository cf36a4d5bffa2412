/** Titles and bodies of the feeding tips, in German (see lib/tips/tips.ts). */
import type { TipWordsFor } from '../../tip-index';

export const WORDS: TipWordsFor<'feeding'> = {
  'feed-pillow-mid-back': {
    title: 'Ein Kissen für den mittleren Rücken',
    body: 'Steck vor dem Füttern ein Kissen zwischen die Stuhllehne und die Mitte deines Rückens, nicht ins Kreuz. Dann hält dich der Stuhl, und deine Rückenmuskeln können sich ausruhen.',
    hasWhy: true,
  },
  'feed-feet-raised': {
    title: 'Füße hoch auf einen Hocker',
    body: 'Stell deine Füße beim Füttern auf einen Fußhocker, eine flache Kiste oder einen Stapel Bücher. So kommt dein Schoß dem Baby entgegen, du beugst dich weniger hinunter, und mit gestützten Füßen kannst du dich im Stuhl zurücklehnen.',
    hasWhy: true,
  },
  'feed-baby-up': {
    title: 'Hol das Baby zu dir hoch',
    body: 'Stapel Kissen auf deinem Schoß, bis das Baby auf Höhe der Brust oder der Flasche liegt. Dann tragen die Kissen das Gewicht, und du kannst aufrecht sitzen, statt dich über das Baby zu krümmen.',
    hasWhy: true,
  },
  'feed-tummy-to-tummy': {
    title: 'Nah und auf einer Höhe',
    body: 'Dreh das Baby auf die Seite, Bauch an Bauch mit dir, sein Kopf liegt auf deinem Unterarm. Lass ein Kissen unter deinem Arm das Gewicht tragen, damit Schultern und Rücken locker bleiben können.',
  },
  'feed-side-lying': {
    title: 'Stillen im Liegen',
    body: 'Nur beim Stillen, nicht mit der Flasche: auf der Seite, ein Kissen zwischen den Knien. Mach das Bett sicher, falls du einnickst – keine Kissen oder Decken in der Nähe des Babys –, und leg es danach in sein eigenes Bettchen. Nie auf dem Sofa oder im Sessel, und nicht nach Alkohol, Drogen, Rauchen oder Medikamenten, die müde machen.',
    hasWhy: true,
  },
  'feed-bottle': {
    title: 'Auch mit der Flasche',
    body: 'Halte das Baby beim Fläschchengeben recht aufrecht und nah an deiner Brust, und leg den haltenden Arm auf ein Kissen oder eine Armlehne. Schau mit den Augen nach unten, statt den ganzen Kopf sinken zu lassen.',
    hasWhy: true,
  },
  'feed-shoulders-down': {
    title: 'Lass die Schultern sinken',
    body: 'Beim Füttern wandern die Schultern gern Richtung Ohren. Atme aus, lass sie sinken, und lass das Kissen das Gewicht deiner Arme tragen.',
  },
  'feed-chin-level': {
    title: 'Heb den Blick',
    body: 'Schau alle paar Minuten vom Baby auf und halte das Kinn ein paar Atemzüge lang gerade. Nacken und oberer Rücken bekommen eine Pause, und das Baby hat nichts dagegen.',
  },
  'feed-water': {
    title: 'Wasser in Reichweite',
    body: 'Stell dir vor dem Hinsetzen ein Glas Wasser und einen Snack dorthin, wo du sie erreichst, ohne dich zu verdrehen. Stillen und Fläschchengeben machen durstig, und deine eigenen Bedürfnisse zählen auch.',
  },
  'feed-legs-uncrossed': {
    title: 'Beide Füße auf den Boden',
    body: 'Versuch, beim Füttern die Beine nicht übereinanderzuschlagen. Wenn beide Füße flach auf dem Boden oder einem Hocker stehen, bleibt dein Becken gerade, und die Last verteilt sich gleichmäßig auf deinen Rücken.',
  },
  'feed-switch-arms': {
    title: 'Die Arbeit auf beide Seiten verteilen',
    body: 'Achte darauf, welcher Arm und welche Schulter das Halten übernehmen. Wenn das Baby bereit für die andere Seite ist oder beim nächsten Füttern, lass den anderen Arm übernehmen.',
  },
  'feed-caesarean-holds': {
    title: 'Haltungen, die die Wunde schonen',
    body: 'Probier nach einem Kaiserschnitt die Rückenhaltung (auch Football-Haltung): das Baby seitlich an dir auf einem Kissen, die Beine Richtung deines Rückens. Oder lehn dich gut abgestützt zurück und lass das Baby auf deiner Brust liegen. Beides hält sein Gewicht von der Wunde fern.',
    hasWhy: true,
  },
};
