/** Titles and bodies of the lifting tips, in German (see lib/tips/tips.ts). */
import type { TipWordsFor } from '../../tip-index';

export const WORDS: TipWordsFor<'lifting'> = {
  'lift-hip-hinge': {
    title: 'Aus der Hüfte beugen',
    body: 'Wenn du an etwas weit unten kommen willst, schieb den Po nach hinten, als würdest du hinter dir eine Schublade zuschieben, beug die Knie leicht und halte den Rücken vom Kopf bis zum Steißbein lang. Dann teilen sich Hüften und Beine die Arbeit mit deinem Rücken.',
    hasWhy: true,
  },
  'lift-lunge-down': {
    title: 'Im Ausfallschritt zum Boden',
    body: 'Um das Baby vom Boden oder von der Spieldecke hochzunehmen, mach einen Schritt nach vorn und geh mit aufrechtem Rücken in den halben Kniestand. Nimm das Baby an deine Brust und drück dich dann über den vorderen Fuß in den Stand.',
    hasWhy: true,
  },
  'lift-load-close': {
    title: 'Die Last nah heranholen',
    body: 'Bevor du mit dem Baby, einem Korb oder einer Tasche aufstehst, zieh alles dicht an deine Brust. Je weiter eine Last vom Körper weg ist, desto härter muss dein Rücken arbeiten, um sie zu halten.',
  },
  'lift-exhale': {
    title: 'Beim Heben ausatmen',
    body: 'Atme zur Vorbereitung ein und dann beim Heben aus, während du den Beckenboden sanft nach oben ziehst. Wenn du die Luft anhältst, schiebt das den Druck nach unten und außen, statt deine Körpermitte mithelfen zu lassen.',
    hasWhy: true,
  },
  'lift-switch-hips': {
    title: 'Die Hüfte wechseln',
    body: 'Wenn du das Baby auf einer Hüfte trägst, setz es oft auf die andere. Steh aufrecht über beiden Füßen, statt eine Hüfte als Ablage zur Seite zu schieben.',
    hasWhy: true,
  },
  'lift-car-seat': {
    title: 'Die Babyschale tragen',
    body: 'Eine Babyschale ist schwer und unhandlich. Trag sie dicht vor dir, mit beiden Händen oder in der Armbeuge, nicht seitlich vom Körper, und klick sie auf das Kinderwagengestell, wenn du kannst.',
    hasWhy: true,
  },
  'lift-stroller': {
    title: 'Kinderwagen ins Auto',
    body: 'Ein Kinderwagen ist eine große Last in einem ungünstigen Winkel. Klapp ihn zusammen, stell dich nah heran, die Füße auseinander, beug dich aus der Hüfte und heb ihn in zwei Schritten: erst auf die Kofferraumkante, dann hinein.',
    hasWhy: true,
  },
  'lift-weekly-shop': {
    title: 'Der Wocheneinkauf',
    body: 'Pack mehr Taschen mit weniger Inhalt und heb sie einzeln und nah am Körper ins Auto. Das Schwerste kann ein Lieferdienst oder jemand aus deinem Freundeskreis übernehmen.',
    hasWhy: true,
  },
  'lift-into-cot': {
    title: 'Das Baby ins Bettchen legen',
    body: 'Stell dich nah ans Bettchen, halte das Baby an deiner Brust und beug dich aus der Hüfte, während du es ausatmend hinlegst. Komm auf dieselbe Weise wieder hoch, die Hüften voran.',
  },
  'lift-carrier': {
    title: 'Eine gut sitzende Trage',
    body: 'Zieh die Gurte so fest, dass das Baby hoch und eng an deiner Brust sitzt; eine tiefe, lockere Trage zieht dich nach vorn. Mach an langen Tagen Pausen vom Tragen.',
    hasWhy: true,
  },
  'lift-one-breath': {
    title: 'Ein Atemzug vor dem Hochheben',
    body: 'Wenn das Baby weint, willst du es sofort hochnehmen. Nimm dir zuerst einen Atemzug, um die Füße hinzustellen und nah heranzugehen: Das kostet eine Sekunde und schont deinen Rücken.',
  },
  'lift-for-you': {
    title: 'Lass das vorerst jemand anderen heben',
    body: 'Heb in den ersten Wochen nach einer Geburt, und nach einem Kaiserschnitt länger, nichts, was schwerer ist als dein Baby. Bitte vorerst jemanden, Babyschale, Kinderwagen und Einkäufe zu tragen.',
    hasWhy: true,
  },
  'lift-nappy-height': {
    title: 'Wickeln auf Taillenhöhe',
    body: 'Wickle das Baby auf einer Fläche etwa in Taillenhöhe oder knie dich neben eine Matte auf dem Boden, statt dich über ein Bett zu beugen. Lass immer eine Hand am Baby, wenn es erhöht liegt.',
    hasWhy: true,
  },
};
