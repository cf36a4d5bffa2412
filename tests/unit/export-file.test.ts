import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  EXPORT_VERSION,
  MAX_IMPORT_BYTES,
  MAX_SHOWN_CHARS,
  buildExport,
  exportFileName,
  parseImport,
  parseImportText,
  serializeExport,
} from '../../lib/history/export-file';
import { HISTORY_FUTURE_SLACK_MS, mergeHistory, type HistoryEntry } from '../../lib/history/history';
import { FEEDING_METHODS, SETTINGS_FIELDS, defaultSettings, type Settings } from '../../lib/settings/settings';

const NOW = new Date('2026-11-20T10:00:00').getTime();
const HOUR = 3_600_000;
const HISTORY: HistoryEntry[] = [
  { type: 'reminder', at: NOW - 5 * HOUR, kind: 'movement', outcome: 'done' },
  { type: 'drill', at: NOW - 4 * HOUR, durationSec: 60 },
  { type: 'feed', at: NOW - 3 * HOUR, startedAt: NOW - 3.5 * HOUR, side: 'left', endedBy: 'user' },
  { type: 'reminder', at: NOW - 2 * HOUR, kind: 'feeding', outcome: 'snoozed' },
];

const file = (changes: Record<string, unknown> = {}) => ({
  ...JSON.parse(serializeExport(buildExport(defaultSettings(), HISTORY, NOW))),
  ...changes,
});
const text = (value: unknown) => JSON.stringify(value);
const parse = (value: unknown) => {
  const s = typeof value === 'string' ? value : text(value);
  return parseImportText(s, NOW);
};

describe('export then import', () => {
  it('round-trips settings and history exactly', () => {
    const settings: Settings = { ...defaultSettings(), movementIntervalMin: 35, activeDays: [1, 3], weeksSinceBirth: 20, caesarean: false };
    const result = parse(serializeExport(buildExport(settings, HISTORY, NOW)));
    expect(result).toEqual({ ok: true, file: { format: 'back-to-core-export', version: EXPORT_VERSION, exportedAt: NOW, settings, history: HISTORY } });
  });

  it('round-trips any valid settings (property)', () => {
    const integer = (field: keyof Settings) => {
      const spec = SETTINGS_FIELDS[field];
      return spec.kind === 'integer' || spec.kind === 'nullable-integer' ? fc.integer({ min: spec.min, max: spec.max }) : fc.constant(0);
    };
    const settings = fc
      .record({
        movementEnabled: fc.boolean(),
        movementIntervalMin: integer('movementIntervalMin'),
        feedingEnabled: fc.boolean(),
        feedingIntervalMin: integer('feedingIntervalMin'),
        feedCheckInMin: integer('feedCheckInMin'),
        snoozeMin: integer('snoozeMin'),
        naturalBreakMin: integer('naturalBreakMin'),
        activeDays: fc.uniqueArray(fc.constantFrom(0, 1, 2, 3, 4, 5, 6)).map((d) => [...d].sort((a, b) => a - b)),
        activeStartMin: fc.integer({ min: 0, max: 1439 }),
        activeEndMin: fc.integer({ min: 0, max: 1439 }),
        breatheInSec: integer('breatheInSec'),
        breatheOutSec: integer('breatheOutSec'),
        breaths: integer('breaths'),
        sound: fc.boolean(),
        keepOnScreen: fc.boolean(),
        weeksSinceBirth: fc.option(integer('weeksSinceBirth'), { nil: null }),
        caesarean: fc.option(fc.boolean(), { nil: null }),
        gaveBirth: fc.option(fc.boolean(), { nil: null }),
        feedingMethod: fc.option(fc.constantFrom(...FEEDING_METHODS), { nil: null }),
        holdWhileFullscreen: fc.boolean(),
        holdWhileAudible: fc.boolean(),
        breathingOnly: fc.boolean(),
      })
      .filter((s) => s.activeStartMin !== s.activeEndMin) as fc.Arbitrary<Settings>;
    fc.assert(
      fc.property(settings, (s) => {
        const result = parse(serializeExport(buildExport(s, HISTORY, NOW)));
        expect(result.ok && result.file.settings).toEqual(s);
      }),
    );
  });

  it('names the file with the local date', () => {
    expect(exportFileName(NOW)).toBe('back-to-core-2026-11-20.json');
    expect(exportFileName(1e17)).toBe('back-to-core.json'); // beyond what a Date can hold: no "NaN-NaN-NaN"
  });
});

describe('parseImport refuses, saying which field and why', () => {
  it.each([
    ['wrong JSON', '{"format": "back-to-core-export", ', { reason: 'not-json', field: '' }],
    ['not an object', [1, 2], { reason: 'not-an-export', field: '' }],
    ['another app’s file', { format: 'something-else', version: 1 }, { reason: 'not-an-export', field: 'format' }],
    ['an unknown version', file({ version: 'one' }), { reason: 'unknown-version', field: 'version', version: '"one"' }],
    ['version 0', file({ version: 0 }), { reason: 'unknown-version', field: 'version', version: '0' }],
    ['a newer version', file({ version: EXPORT_VERSION + 1 }), { reason: 'newer-version', field: 'version', version: '2' }],
    ['an extra top-level key', file({ theme: 'dark' }), { reason: 'unknown-field', field: 'theme' }],
    ['an extra settings key', file({ settings: { ...defaultSettings(), colour: 'red' } }), { reason: 'unknown-field', field: 'settings.colour' }],
    ['a missing settings field', file({ settings: { ...defaultSettings(), snoozeMin: undefined } }), { reason: 'missing', field: 'settings.snoozeMin' }],
    ['a missing history', file({ history: undefined }), { reason: 'missing', field: 'history' }],
    ['settings of the wrong type', file({ settings: 'all of them' }), { reason: 'not-an-object', field: 'settings' }],
    ['a number as text', file({ settings: { ...defaultSettings(), movementIntervalMin: '50' } }), { reason: 'wrong-type', field: 'settings.movementIntervalMin', min: 10, max: 240 }],
    ['a number too large', file({ settings: { ...defaultSettings(), snoozeMin: 61 } }), { reason: 'too-large', field: 'settings.snoozeMin', min: 1, max: 60 }],
    ['a number too small', file({ settings: { ...defaultSettings(), breaths: 0 } }), { reason: 'too-small', field: 'settings.breaths', min: 1, max: 20 }],
    ['a fraction', file({ settings: { ...defaultSettings(), breatheInSec: 4.5 } }), { reason: 'not-a-whole-number', field: 'settings.breatheInSec', min: 2, max: 10 }],
    ['a boolean as text', file({ settings: { ...defaultSettings(), sound: 'yes' } }), { reason: 'wrong-type', field: 'settings.sound' }],
    ['a bad time', file({ settings: { ...defaultSettings(), activeStartMin: 1440 } }), { reason: 'not-a-time', field: 'settings.activeStartMin' }],
    ['a bad day', file({ settings: { ...defaultSettings(), activeDays: [1, 9] } }), { reason: 'not-a-day-list', field: 'settings.activeDays' }],
    ['start equal to end', file({ settings: { ...defaultSettings(), activeStartMin: 600, activeEndMin: 600 } }), { reason: 'same-start-and-end', field: 'settings.activeEndMin' }],
    ['history that is not a list', file({ history: {} }), { reason: 'wrong-type', field: 'history' }],
    ['an unknown history kind', file({ history: [{ type: 'reminder', at: NOW, kind: 'yoga', outcome: 'done' }] }), { reason: 'invalid-entry', field: 'history[0].kind' }],
    ['an unknown entry type', file({ history: [HISTORY[0], { type: 'nap', at: NOW }] }), { reason: 'invalid-entry', field: 'history[1].type' }],
    ['an entry with an extra key', file({ history: [{ ...HISTORY[1], note: 'hi' }] }), { reason: 'unknown-field', field: 'history[0].note' }],
    ['a negative time', file({ history: [{ ...HISTORY[1], at: -1 }] }), { reason: 'invalid-entry', field: 'history[0].at' }],
    ['a string duration', file({ history: [{ ...HISTORY[1], durationSec: '60' }] }), { reason: 'invalid-entry', field: 'history[0].durationSec' }],
    ['an entry dated beyond tomorrow', file({ history: [HISTORY[0], { ...HISTORY[1], at: NOW + HISTORY_FUTURE_SLACK_MS + 1 }] }), { reason: 'in-the-future', field: 'history[1].at' }],
    ['an export date no calendar can show', file({ exportedAt: 1e20 }), { reason: 'too-large', field: 'exportedAt', min: 0, max: 8.64e15 }],
  ])('%s', (_, input, error) => {
    expect(parse(input)).toEqual({ ok: false, error });
  });

  it('refuses a huge file by its size, before reading it', async () => {
    const unread = { size: MAX_IMPORT_BYTES + 1, text: () => Promise.reject(new Error('read')) };
    expect(await parseImport(unread, NOW)).toEqual({ ok: false, error: { reason: 'file-too-large', field: '', limitBytes: MAX_IMPORT_BYTES } });
    const valid = serializeExport(buildExport(defaultSettings(), HISTORY, NOW));
    expect((await parseImport({ size: MAX_IMPORT_BYTES, text: async () => valid }, NOW)).ok).toBe(true);
    expect(await parseImport({ size: 10, text: () => Promise.reject(new Error('gone')) }, NOW)).toEqual({ ok: false, error: { reason: 'unreadable', field: '' } });
  });

  it('keeps what it repeats from the file short: a huge version or key, a deeply nested value', () => {
    const refused = parseImportText(`${JSON.stringify({ ...file(), version: 'v'.repeat(1_000_000) })}`, NOW);
    expect(refused).toMatchObject({ ok: false, error: { reason: 'unknown-version' } });
    expect(!refused.ok && refused.error.version!.length).toBeLessThanOrEqual(MAX_SHOWN_CHARS);
    const key = parseImportText(JSON.stringify({ ...file(), ['k'.repeat(100_000)]: 1 }), NOW);
    expect(!key.ok && key.error.field.length).toBeLessThanOrEqual(MAX_SHOWN_CHARS);
    // The nested value never reaches JSON.stringify (it would throw "too much recursion" in Firefox).
    const nested = parseImportText('{"format":"back-to-core-export","version":' + '['.repeat(5000) + ']'.repeat(5000) + '}', NOW);
    expect(nested).toEqual({ ok: false, error: { reason: 'unknown-version', field: 'version', version: '[…]' } });
  });
});

describe('merging an import', () => {
  it('adds only entries that are not stored yet, so importing twice adds nothing', () => {
    const parsed = parse(serializeExport(buildExport(defaultSettings(), HISTORY, NOW)));
    if (!parsed.ok) throw new Error('expected a valid file');
    const first = mergeHistory([HISTORY[0]!], parsed.file.history, NOW);
    expect(first.added).toBe(3);
    expect(first.history).toEqual(HISTORY);
    expect(mergeHistory(first.history, parsed.file.history, NOW).added).toBe(0);
  });

  it('does not count entries too old to keep', () => {
    const old: HistoryEntry = { type: 'drill', at: NOW - 200 * 24 * HOUR, durationSec: 60 };
    const merged = mergeHistory([], [old, ...HISTORY], NOW);
    expect(merged.added).toBe(HISTORY.length);
    expect(merged.history).toEqual(HISTORY);
  });
});
