import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  DEFAULT_SETTINGS,
  SETTINGS_FIELD_NAMES,
  SETTINGS_FIELDS,
  parseSettings,
  settingsEqual,
  settingsForSave,
  validateField,
  type SettingsField,
} from '../../lib/settings/settings';

describe('DEFAULT_SETTINGS', () => {
  it('follows the product brief', () => {
    expect(DEFAULT_SETTINGS).toMatchObject({
      movementIntervalMin: 50,
      feedingIntervalMin: 180,
      feedCheckInMin: 10,
      snoozeMin: 5,
      naturalBreakMin: 5,
      activeDays: [0, 1, 2, 3, 4, 5, 6],
      activeStartMin: 7 * 60,
      activeEndMin: 21 * 60,
      breatheInSec: 4,
      breatheOutSec: 6,
      breaths: 6,
      sound: false,
    });
  });

  it('passes its own validation, field by field', () => {
    for (const field of SETTINGS_FIELD_NAMES) {
      expect(validateField(field, DEFAULT_SETTINGS[field]), field).toMatchObject({ ok: true });
    }
  });
});

describe('validateField', () => {
  const integerFields = SETTINGS_FIELD_NAMES.filter((f) => SETTINGS_FIELDS[f].kind === 'integer');

  it.each(integerFields)('%s accepts its bounds and refuses one beyond them', (field) => {
    const spec = SETTINGS_FIELDS[field] as { min: number; max: number };
    expect(validateField(field, spec.min)).toEqual({ ok: true, value: spec.min });
    expect(validateField(field, spec.max)).toEqual({ ok: true, value: spec.max });
    expect(validateField(field, spec.min - 1)).toMatchObject({ ok: false, error: { reason: 'too-small', min: spec.min, max: spec.max } });
    expect(validateField(field, spec.max + 1)).toMatchObject({ ok: false, error: { reason: 'too-large' } });
    expect(validateField(field, spec.min + 0.5)).toMatchObject({ ok: false, error: { reason: 'not-a-whole-number' } });
    expect(validateField(field, Number.NaN)).toMatchObject({ ok: false, error: { reason: 'wrong-type' } });
    expect(validateField(field, String(spec.min))).toMatchObject({ ok: false, error: { reason: 'wrong-type' } });
  });

  it.each([
    ['activeStartMin', 0, true],
    ['activeStartMin', 1439, true],
    ['activeStartMin', 1440, false],
    ['activeEndMin', -1, false],
    ['weeksSinceBirth', null, true],
    ['weeksSinceBirth', 0, true],
    ['weeksSinceBirth', -1, false],
    ['caesarean', null, true],
    ['caesarean', 'yes', false],
    ['sound', 1, false],
  ] as Array<[SettingsField, unknown, boolean]>)('%s = %j is valid: %s', (field, value, ok) => {
    expect(validateField(field, value).ok).toBe(ok);
  });

  it('sorts and de-duplicates the day list, and refuses anything that is not one', () => {
    expect(validateField('activeDays', [5, 1, 1, 0])).toEqual({ ok: true, value: [0, 1, 5] });
    expect(validateField('activeDays', [])).toEqual({ ok: true, value: [] });
    expect(validateField('activeDays', [7]).ok).toBe(false);
    expect(validateField('activeDays', 'mon').ok).toBe(false);
  });
});

describe('parseSettings', () => {
  it('gives the defaults with no problem for a fresh install', () => {
    expect(parseSettings(undefined)).toEqual({ settings: DEFAULT_SETTINGS, problems: [] });
    expect(parseSettings(null).problems).toEqual([]);
  });

  it.each(['a string', 42, [1, 2], true])('resets %j, which is not an object, and says so', (raw) => {
    const { settings, problems } = parseSettings(raw);
    expect(settings).toEqual(DEFAULT_SETTINGS);
    expect(problems).toEqual([{ field: '', reason: 'not-an-object' }]);
  });

  it('repairs each broken field on its own and keeps the good ones', () => {
    const { settings, problems } = parseSettings({
      movementIntervalMin: 30,
      feedingIntervalMin: -5,
      snoozeMin: Number.NaN,
      breaths: '6',
      surprise: 'x',
    });
    expect(settings.movementIntervalMin).toBe(30);
    expect(settings.feedingIntervalMin).toBe(30); // out of range: clamped into it
    expect(settings.snoozeMin).toBe(5);
    expect(settings.breaths).toBe(6);
    expect(problems.map((p) => p.field).sort()).toEqual(['breaths', 'feedingIntervalMin', 'snoozeMin', 'surprise']);
  });

  it('resets an active window whose start equals its end', () => {
    const { settings, problems } = parseSettings({ activeStartMin: 600, activeEndMin: 600 });
    expect([settings.activeStartMin, settings.activeEndMin]).toEqual([420, 1260]);
    expect(problems).toEqual([{ field: 'activeEndMin', reason: 'same-start-and-end' }]);
  });

  it('never throws, and always returns settings that validate', () => {
    fc.assert(
      fc.property(fc.oneof(fc.anything(), fc.dictionary(fc.constantFrom(...SETTINGS_FIELD_NAMES, 'x'), fc.anything())), (raw) => {
        const { settings } = parseSettings(raw);
        for (const field of SETTINGS_FIELD_NAMES) expect(validateField(field, settings[field]).ok).toBe(true);
        expect(settings.activeStartMin).not.toBe(settings.activeEndMin);
      }),
    );
  });

  it('round-trips any valid settings unchanged', () => {
    const valid = parseSettings({ movementIntervalMin: 25, activeDays: [1, 2, 3], weeksSinceBirth: 8, caesarean: true });
    expect(parseSettings(JSON.parse(JSON.stringify(valid.settings)))).toEqual({ settings: valid.settings, problems: [] });
    expect(settingsEqual(valid.settings, parseSettings(valid.settings).settings)).toBe(true);
    expect(settingsEqual(valid.settings, DEFAULT_SETTINGS)).toBe(false);
  });
});

describe('parseSettings and a newer version', () => {
  it('clamps a whole number beyond this version\'s range into it (a newer version may allow more)', () => {
    const { settings, problems } = parseSettings({ movementIntervalMin: 300, snoozeMin: 0 });
    expect(settings.movementIntervalMin).toBe(240);
    expect(settings.snoozeMin).toBe(1);
    expect(problems.map((p) => p.reason).sort()).toEqual(['too-large', 'too-small']);
  });
});

describe('settingsForSave', () => {
  const newer = { ...DEFAULT_SETTINGS, movementIntervalMin: 300, nightMode: 'soft', feedLog: { keep: true } };

  it('keeps keys this version does not know and values it repaired, writing only what the user changed', () => {
    const edited = { ...parseSettings(newer).settings, snoozeMin: 10 };
    expect(edited.movementIntervalMin).toBe(240); // used clamped here…
    const written = settingsForSave(newer, edited);
    expect(written).toEqual({ ...newer, snoozeMin: 10 }); // …and written back unchanged
  });

  it('writes the user\'s value for a field they changed, even one this version repaired', () => {
    const edited = { ...parseSettings(newer).settings, movementIntervalMin: 60 };
    expect(settingsForSave(newer, edited)).toMatchObject({ movementIntervalMin: 60, nightMode: 'soft' });
  });

  it('writes a broken value repaired: only a wider range is a newer version\'s', () => {
    const edited = parseSettings({ ...newer, snoozeMin: 'five', breaths: 2.5 }).settings;
    expect(settingsForSave({ ...newer, snoozeMin: 'five', breaths: 2.5 }, edited)).toEqual({ ...newer, snoozeMin: 5, breaths: 6 });
  });

  it('adds the fields a stored value lacks, and writes everything over a value that is not an object', () => {
    const edited = { ...DEFAULT_SETTINGS, sound: true };
    expect(settingsForSave({ sound: false }, edited)).toEqual(edited);
    expect(settingsForSave('junk', edited)).toEqual(edited);
    expect(settingsForSave(undefined, edited)).toEqual(edited);
  });

  it('reads back as exactly what was edited, whatever was stored', () => {
    fc.assert(
      fc.property(fc.oneof(fc.anything(), fc.dictionary(fc.constantFrom(...SETTINGS_FIELD_NAMES, 'x'), fc.anything())), fc.integer({ min: 10, max: 240 }), (stored, interval) => {
        const edited = { ...parseSettings(stored).settings, movementIntervalMin: interval };
        if (edited.activeStartMin === edited.activeEndMin) return;
        expect(parseSettings(settingsForSave(stored, edited)).settings).toEqual(edited);
      }),
    );
  });
});
