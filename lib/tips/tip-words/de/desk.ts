/** Titles and bodies of the desk tips, in German (see lib/tips/tips.ts). */
import type { TipWordsFor } from '../../tip-index';

export const WORDS: TipWordsFor<'desk'> = {
  'feed-at-desk': {
    title: 'Füttern am Schreibtisch',
    body: 'Wenn du dein Baby am Schreibtisch fütterst, schieb den Stuhl von der Tastatur weg und richte dich ein wie auf dem Sofa: Kissen hinter den mittleren Rücken, Füße hoch auf eine Kiste, Baby auf ein Kissen. Wer mitten im Füttern zum Bildschirm greift, krümmt sich nach vorn.',
  },
  'desk-chair': {
    title: 'Richte deinen Stuhl ein',
    body: 'Setz dich ganz nach hinten, mit einem Kissen am mittleren Rücken und den Füßen flach auf dem Boden oder einer Fußstütze. Zieh die Tastatur nah heran, damit deine Ellbogen locker neben dem Körper hängen können.',
  },
  'desk-screen-height': {
    title: 'Bildschirm auf Augenhöhe',
    body: 'Wenn du den ganzen Tag auf einen Laptop hinunterschaust, stell ihn auf einen Ständer oder einen Stapel Bücher und nimm eine separate Tastatur. So bleibt dein Kopf über den Schultern, und dein oberer Rücken bekommt eine Pause.',
    hasWhy: true,
  },
  'desk-two-minute-walk': {
    title: 'Zwei Minuten gehen',
    body: 'Steh auf und geh zwei Minuten: zum Fenster, zum Wasserkocher, einmal durchs Zimmer. Lass die Arme schwingen und den Atem zur Ruhe kommen.',
    hasWhy: true,
  },
  'desk-reset': {
    title: 'Neu ausrichten statt perfekt sitzen',
    body: 'Niemand sitzt jede Minute gut, und das musst du auch nicht. Richte dich ein paarmal pro Stunde neu aus: Füße auf den Boden, Rippen über das Becken, Schultern locker.',
  },
  'desk-stand-for-calls': {
    title: 'Telefonieren im Stehen',
    body: 'Führ dein nächstes Telefonat oder Videomeeting im Stehen, das Gewicht gleichmäßig auf beiden Füßen. Häufige Positionswechsel tun deinem Rücken mehr Gutes als jede noch so ideale Haltung.',
  },
};
