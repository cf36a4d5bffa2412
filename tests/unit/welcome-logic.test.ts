import { describe, expect, it } from 'vitest';
import { wake, command } from '../../lib/schedule/engine';
import { initialState } from '../../lib/schedule/state';
import { defaultSettings, parseSettings, type Settings } from '../../lib/settings/settings';
import { feedingChoice, intervalChoice, settingsForAnswer, type WelcomeAnswer } from '../../lib/welcome/answers';
import { firstReminder } from '../../lib/welcome/first-reminder';

// The suite runs in Europe/Berlin (vitest.config.ts); these are local times there.
const at = (iso: string) => new Date(iso).getTime();

describe('settingsForAnswer', () => {
  it.each<[string, WelcomeAnswer, Partial<Settings>]>([
    ['gave birth', { question: 'gave-birth', value: true }, { gaveBirth: true }],
    ['did not give birth clears the birth details', { question: 'gave-birth', value: false }, { gaveBirth: false, weeksSinceBirth: null, caesarean: null }],
    ['prefer not to say', { question: 'gave-birth', value: null }, { gaveBirth: null }],
    ['weeks since birth', { question: 'weeks-since-birth', value: 6 }, { weeksSinceBirth: 6 }],
    ['weeks: prefer not to say', { question: 'weeks-since-birth', value: null }, { weeksSinceBirth: null }],
    ['caesarean', { question: 'caesarean', value: true }, { caesarean: true }],
    ['breast', { question: 'feeding', value: 'breast' }, { feedingMethod: 'breast', feedingEnabled: true }],
    ['bottle', { question: 'feeding', value: 'bottle' }, { feedingMethod: 'bottle', feedingEnabled: true }],
    ['both', { question: 'feeding', value: 'both' }, { feedingMethod: 'both', feedingEnabled: true }],
    ['not feeding now switches feeding reminders off', { question: 'feeding', value: 'none' }, { feedingMethod: 'none', feedingEnabled: false }],
    ['active hours', { question: 'active-hours', startMin: 8 * 60, endMin: 18 * 60 }, { activeStartMin: 480, activeEndMin: 1080 }],
    ['a movement preset switches movement on', { question: 'movement-interval', value: 30 }, { movementIntervalMin: 30, movementEnabled: true }],
  ])('%s', (_, answer, patch) => {
    expect(settingsForAnswer(answer)).toEqual(patch);
    // Every answer is a valid settings change: nothing it writes is repaired on read.
    expect(parseSettings({ ...defaultSettings(), ...patch }).problems).toEqual([]);
  });

  it('"not feeding now" turns feeding reminders off, and another answer turns them back on', () => {
    let settings = { ...defaultSettings(), ...settingsForAnswer({ question: 'feeding', value: 'none' }) };
    expect(settings.feedingEnabled).toBe(false);
    expect(feedingChoice(settings)).toBe('none');
    settings = { ...settings, ...settingsForAnswer({ question: 'feeding', value: 'bottle' }) };
    expect(settings.feedingEnabled).toBe(true);
    expect(feedingChoice(settings)).toBe('bottle');
  });

  it('reads back the answers the settings stand for', () => {
    expect(feedingChoice(defaultSettings())).toBeNull();
    expect(feedingChoice({ ...defaultSettings(), feedingEnabled: false })).toBe('none');
    expect(intervalChoice(defaultSettings())).toBe(50);
    expect(intervalChoice({ movementIntervalMin: 45 })).toBe('custom');
  });
});

describe('firstReminder, from the engine', () => {
  const engineAt = (now: number, settings: Settings = defaultSettings()) =>
    firstReminder(wake(initialState(), { settings, now, presence: 'active', pick: 0 }).state, settings, now);

  it.each([
    ['inside active hours: one interval from now', '2026-03-04T10:00:00', '2026-03-04T10:50:00'],
    ['just before the window closes: afresh when it opens (time outside is a break)', '2026-03-04T20:30:00', '2026-03-05T07:50:00'],
    ['outside active hours, late evening: tomorrow morning', '2026-03-04T22:15:00', '2026-03-05T07:50:00'],
    ['outside active hours, early morning: today once the window opens', '2026-03-04T05:00:00', '2026-03-04T07:50:00'],
  ])('%s', (_, now, due) => {
    expect(engineAt(at(now))).toEqual({ kind: 'at', at: at(due) });
  });

  it('says when movement reminders are off or nothing is scheduled', () => {
    const now = at('2026-03-04T10:00:00');
    expect(engineAt(now, { ...defaultSettings(), movementEnabled: false })).toEqual({ kind: 'off' });
    expect(engineAt(now, { ...defaultSettings(), activeDays: [] })).toEqual({ kind: 'none' });
  });

  it('says when a pause or a feed holds the schedule', () => {
    const now = at('2026-03-04T10:00:00');
    const settings = defaultSettings();
    const paused = command(initialState(), { settings, now, presence: 'active', pick: 0 }, { type: 'pause', preset: '1h' }).state;
    expect(firstReminder(paused, settings, now)).toEqual({ kind: 'paused', until: at('2026-03-04T11:00:00') });
    const feeding = command(initialState(), { settings, now, presence: 'active', pick: 0 }, { type: 'start-feed', side: 'left' }).state;
    expect(firstReminder(feeding, settings, now)).toEqual({ kind: 'feeding' });
  });
});
