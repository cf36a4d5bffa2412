/** Titles and bodies of the self-care tips, in German (see lib/tips/tips.ts). */
import type { TipWordsFor } from '../../tip-index';

export const WORDS: TipWordsFor<'self-care'> = {
  'care-heat-cold': {
    title: 'Wärme oder Kälte',
    body: 'Eine Wärmflasche oder ein Wärmekissen kann verspannte Muskeln lockern; ein Kühlpack kann Schmerzen dämpfen. Wickle beides in ein Tuch, nutze es bis zu 20 Minuten und nie auf tauber Haut oder wenn du einschlafen könntest. Nimm, was dir mehr hilft.',
    hasWhy: true,
  },
  'care-rest': {
    title: 'Ausruhen zählt',
    body: 'Wenn das Baby schläft, ist Hinlegen oder Füße hochlegen auch Erholungszeit. Dein Körper heilt noch von Schwangerschaft und Geburt.',
    hasWhy: true,
  },
  'care-food': {
    title: 'Iss etwas',
    body: 'Halte einfache Snacks und Wasser dort bereit, wo du dein Baby fütterst und wo du arbeitest. Du brauchst eine richtige Mahlzeit, für dich selbst; sie ist keine Belohnung, die du dir erst verdienen musst.',
  },
  'care-accept-help': {
    title: 'Sag Ja zu Hilfe',
    body: 'Wenn jemand Hilfe anbietet, gib den Wäschekorb, den Einkauf oder eine Runde mit einem quengeligen Baby ab. Ein Lieferdienst für Lebensmittel spart dir Zeit und deinem Rücken schweres Tragen.',
  },
  'care-short-walk': {
    title: 'Ein kurzer Spaziergang draußen',
    body: 'Ein kurzer Spaziergang zum Park oder um den Block, mit oder ohne Baby, lockert einen steifen Rücken und kann die Stimmung heben. Halte ihn am Anfang kurz und locker.',
  },
  'care-back-rub': {
    title: 'Bitte um eine Rückenmassage',
    body: 'Wenn jemand aus Partnerschaft, Freundeskreis oder Familie da ist, bitte um eine leichte Massage, während du gut gestützt sitzt. Ein paar Minuten können Muskeln entspannen, die den ganzen Tag gearbeitet haben.',
  },
  'care-not-broken': {
    title: 'Dein Körper hat Großes geleistet',
    body: 'Rückenschmerzen nach einem Baby sind häufig, und sie bedeuten nicht, dass mit dir etwas kaputt ist oder du etwas falsch machst. Deine Körpermitte wurde enorm gedehnt und braucht Zeit und die richtige Übung.',
    hasWhy: true,
  },
  'care-caesarean-scar': {
    title: 'Pflege für deine Narbe',
    body: 'Wenn deine Wunde verheilt ist und die Fachperson, die dich betreut, zufrieden damit ist, lass deine Narbe in einer Physiotherapie mit Schwerpunkt Beckenboden anschauen. Dort kannst du eine sanfte Narbenmassage lernen.',
    hasWhy: true,
  },
  'care-caesarean-getting-up': {
    title: 'Aus dem Bett aufstehen',
    body: 'Um aus dem Liegen aufzustehen, beug die Knie und roll dich in einem Stück auf die Seite. Drück dich dann mit den Armen hoch, während die Beine über die Bettkante sinken, und atme beim Hochkommen aus.',
    hasWhy: true,
  },
  'care-caesarean-cough': {
    title: 'Ein Kissen für Husten und Lachen',
    body: 'Drück nach einem Kaiserschnitt ein kleines Kissen oder ein gefaltetes Handtuch fest auf deine Wunde, wenn du hustest, niest oder lachst. Spann im selben Moment den Beckenboden an und atme aus.',
    hasWhy: true,
  },
  'care-toilet': {
    title: 'Kein Pressen auf der Toilette',
    body: 'Stell die Füße auf einen niedrigen Hocker, sodass die Knie höher sind als die Hüften, lehn dich mit den Ellbogen auf den Knien nach vorn und atme langsam aus, statt zu pressen. Viel Wasser und Ballaststoffe halten den Stuhl weich.',
    hasWhy: true,
  },
};
