/**
 * Times, durations, plurals and lists in every shipped language, as table tests: the same functions the pages
 * use, with the browser's messages and UI language of each locale (the fake i18n reads the shipped files).
 * The suite's zone is pinned (Europe/Berlin, vitest.config.ts), so the clock times below are local times.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import { minutesText } from '../../components/format';
import { formatAt, formatClock, formatWhen } from '../../components/popup/format';
import { todaySentence } from '../../components/popup/TodayCounts';
import { exportedAtText } from '../../components/options/format';
import { installFakeI18n } from '../support/fake-i18n';
import { t } from '../../shell/i18n';

/** ICU writes a narrow no-break space before "PM" in some versions and a plain space in others. */
const plain = (text: string) => text.replace(/\u202f/g, ' ');
const AT = new Date(2026, 11, 1, 14, 5).getTime(); // Tuesday 1 December 2026, 14:05
const TOMORROW_7 = new Date(2026, 11, 2, 7, 0).getTime();
const FRIDAY_7 = new Date(2026, 11, 4, 7, 0).getTime();

type Row = {
  locale: string;
  ui: string;
  clock: string;
  untilTomorrow: string;
  atFriday: string;
  minutes: [number, string][];
  movement: [number, string][];
  mixed: string;
  exported: string;
};

/** German and Brazilian Portuguese, each also the row of a region that reads the same (in ROWS). */
const GERMAN: Row = {
  locale: 'de',
  ui: 'de',
  clock: '14:05',
  untilTomorrow: 'morgen um 7:00',
  atFriday: 'am Fr um 7:00',
  minutes: [[0, '0 Min.'], [1, '1 Min.'], [45, '45 Min.'], [60, '1 Std.'], [70, '1 Std. 10 Min.'], [600, '10 Std.']],
  movement: [
    [0, 'Heute ist noch nichts gezählt.'],
    [1, 'Heute bisher: eine Bewegungspause.'],
    [2, 'Heute bisher: 2 Bewegungspausen.'],
    [5, 'Heute bisher: 5 Bewegungspausen.'],
    [21, 'Heute bisher: 21 Bewegungspausen.'],
  ],
  mixed: 'Heute bisher: 2 Bewegungspausen, eine Atemübung und 3-mal gefüttert.',
  exported: '(Exportiert am 01.12.2026, 14:05.)',
};

const BRAZILIAN: Row = {
  locale: 'pt_BR',
  ui: 'pt-BR',
  clock: '14:05',
  untilTomorrow: 'amanhã às 7:00',
  atFriday: 'sex. às 7:00',
  minutes: [[0, '0 min'], [1, '1 min'], [45, '45 min'], [60, '1 h'], [70, '1 h 10 min'], [600, '10 h']],
  movement: [
    [0, 'Nada registrado hoje ainda.'],
    [1, 'Hoje até agora: uma pausa ativa.'],
    [2, 'Hoje até agora: 2 pausas ativas.'],
    [5, 'Hoje até agora: 5 pausas ativas.'],
    [21, 'Hoje até agora: 21 pausas ativas.'],
  ],
  mixed: 'Hoje até agora: 2 pausas ativas, um exercício de respiração e 3 mamadas.',
  exported: '(Exportado em 1 de dez. de 2026, 14:05.)',
};

/** Each row read and checked by hand against the locale's conventions (see the README's language checklist). */
const ROWS: Row[] = [
  {
    locale: 'en',
    ui: 'en-US',
    clock: '2:05 PM',
    untilTomorrow: 'tomorrow 7:00 AM',
    atFriday: 'on Fri at 7:00 AM',
    minutes: [[0, '0 min'], [1, '1 min'], [45, '45 min'], [60, '1 h'], [70, '1 h 10 min'], [600, '10 h']],
    movement: [
      [0, 'Nothing counted yet today.'],
      [1, 'Today so far: a movement break.'],
      [2, 'Today so far: 2 movement breaks.'],
      [5, 'Today so far: 5 movement breaks.'],
      [21, 'Today so far: 21 movement breaks.'],
    ],
    mixed: 'Today so far: 2 movement breaks, a breathing drill, and 3 feeds.',
    exported: '(Exported Dec 1, 2026, 2:05 PM.)',
  },
  {
    locale: 'en',
    ui: 'en-GB',
    clock: '14:05',
    untilTomorrow: 'tomorrow 7:00',
    atFriday: 'on Fri at 7:00',
    minutes: [[0, '0 min'], [1, '1 min'], [45, '45 min'], [60, '1 h'], [70, '1 h 10 min'], [600, '10 h']],
    movement: [
      [0, 'Nothing counted yet today.'],
      [1, 'Today so far: a movement break.'],
      [2, 'Today so far: 2 movement breaks.'],
      [5, 'Today so far: 5 movement breaks.'],
      [21, 'Today so far: 21 movement breaks.'],
    ],
    mixed: 'Today so far: 2 movement breaks, a breathing drill and 3 feeds.',
    exported: '(Exported 1 Dec 2026, 14:05.)',
  },
  {
    locale: 'es',
    ui: 'es',
    clock: '14:05',
    untilTomorrow: 'mañana a las 7:00',
    atFriday: 'el vie a las 7:00',
    minutes: [[0, '0 min'], [1, '1 min'], [45, '45 min'], [60, '1 h'], [70, '1 h 10 min'], [600, '10 h']],
    movement: [
      [0, 'Hoy aún no hay nada registrado.'],
      [1, 'Hoy, hasta ahora: un descanso para moverte.'],
      [2, 'Hoy, hasta ahora: 2 descansos para moverte.'],
      [5, 'Hoy, hasta ahora: 5 descansos para moverte.'],
      [21, 'Hoy, hasta ahora: 21 descansos para moverte.'],
    ],
    mixed: 'Hoy, hasta ahora: 2 descansos para moverte, un ejercicio de respiración y 3 tomas.',
    exported: '(Exportado el 1 dic 2026, 14:05).',
  },
  {
    locale: 'es',
    ui: 'es-MX',
    clock: '2:05 p.m.',
    untilTomorrow: 'mañana a las 7:00 a.m.',
    atFriday: 'el vie a las 7:00 a.m.',
    minutes: [[0, '0 min'], [1, '1 min'], [45, '45 min'], [60, '1 h'], [70, '1 h 10 min'], [600, '10 h']],
    movement: [
      [0, 'Hoy aún no hay nada registrado.'],
      [1, 'Hoy, hasta ahora: un descanso para moverte.'],
      [2, 'Hoy, hasta ahora: 2 descansos para moverte.'],
      [5, 'Hoy, hasta ahora: 5 descansos para moverte.'],
      [21, 'Hoy, hasta ahora: 21 descansos para moverte.'],
    ],
    mixed: 'Hoy, hasta ahora: 2 descansos para moverte, un ejercicio de respiración y 3 tomas.',
    exported: '(Exportado el 1 dic 2026, 2:05 p.m.).',
  },
  {
    locale: 'fr',
    ui: 'fr',
    clock: '14:05',
    untilTomorrow: 'demain 7:00',
    atFriday: 'ven. à 7:00',
    minutes: [[0, '0\u00a0min'], [1, '1\u00a0min'], [45, '45\u00a0min'], [60, '1\u00a0h'], [70, '1\u00a0h 10\u00a0min'], [600, '10\u00a0h']],
    movement: [
      [0, 'Rien n’est encore compté aujourd’hui.'],
      [1, 'Aujourd’hui pour l’instant\u00a0: une pause mouvement.'],
      [2, 'Aujourd’hui pour l’instant\u00a0: 2 pauses mouvement.'],
      [5, 'Aujourd’hui pour l’instant\u00a0: 5 pauses mouvement.'],
      [21, 'Aujourd’hui pour l’instant\u00a0: 21 pauses mouvement.'],
    ],
    mixed: 'Aujourd’hui pour l’instant\u00a0: 2 pauses mouvement, un exercice de respiration et 3 repas.',
    exported: '(Export du 1 déc. 2026, 14:05.)',
  },
  {
    locale: 'fr',
    ui: 'fr-CA',
    clock: '14 h 05',
    untilTomorrow: 'demain 7 h 00',
    atFriday: 'ven. à 7 h 00',
    minutes: [[0, '0\u00a0min'], [1, '1\u00a0min'], [45, '45\u00a0min'], [60, '1\u00a0h'], [70, '1\u00a0h 10\u00a0min'], [600, '10\u00a0h']],
    movement: [
      [0, 'Rien n’est encore compté aujourd’hui.'],
      [1, 'Aujourd’hui pour l’instant\u00a0: une pause mouvement.'],
      [2, 'Aujourd’hui pour l’instant\u00a0: 2 pauses mouvement.'],
      [5, 'Aujourd’hui pour l’instant\u00a0: 5 pauses mouvement.'],
      [21, 'Aujourd’hui pour l’instant\u00a0: 21 pauses mouvement.'],
    ],
    mixed: 'Aujourd’hui pour l’instant\u00a0: 2 pauses mouvement, un exercice de respiration et 3 repas.',
    exported: '(Export du 1 déc. 2026, 14 h 05.)',
  },
  GERMAN,
  // Austria's German reads here as Germany's, and Portugal's Portuguese as Brazil's: the same words and clock.
  { ...GERMAN, ui: 'de-AT' },
  BRAZILIAN,
  { ...BRAZILIAN, ui: 'pt-PT' },
];

describe.each(ROWS)('$locale ($ui)', (row) => {
  beforeEach(() => installFakeI18n(row.locale, row.ui));

  it('writes clock times as the locale does (12 h or 24 h)', () => {
    expect(plain(formatClock(AT))).toBe(row.clock);
  });

  it('names another day in the locale’s words and order', () => {
    expect(plain(formatWhen(TOMORROW_7, AT))).toBe(row.untilTomorrow);
    expect(plain(formatAt(FRIDAY_7, AT))).toBe(row.atFriday);
  });

  it.each(row.minutes)('writes a wait of %i min as "%s"', (min, text) => {
    expect(plain(minutesText(min))).toBe(text);
  });

  it.each(row.movement)('says today held %i movement breaks as "%s"', (count, text) => {
    expect(plain(todaySentence({ movementDone: count, drills: 0, feeds: 0 }))).toBe(text);
  });

  it('joins several counts with the locale’s own list words', () => {
    expect(plain(todaySentence({ movementDone: 2, drills: 1, feeds: 3 }))).toBe(row.mixed);
  });

  it('dates an import file in the locale', () => {
    expect(plain(exportedAtText(AT, AT + 60_000))).toBe(row.exported);
  });
});

describe('a clock time later today, after "until" or "since"', () => {
  it.each([
    ['en', 'en-US', 'Paused until 2:35 PM'],
    ['es', 'es', 'En pausa hasta las 14:35'],
    ['fr', 'fr', 'Rappels suspendus jusqu’à 14:35'],
    ['de', 'de', 'Pausiert bis 14:35'],
    ['pt_BR', 'pt-BR', 'Em pausa até as 14:35'],
  ])('%s (%s): "%s"', (locale, ui, text) => {
    installFakeI18n(locale, ui);
    expect(plain(t('popupStatusPausedUntil', formatWhen(AT + 30 * 60_000, AT)))).toBe(text);
  });
});
