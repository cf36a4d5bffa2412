import { describe, expect, it } from 'vitest';
import { TEST_REMINDER_RESULTS, testReminderResult, type NotificationSignals, type TestReminderResult } from '../../lib/schedule/test-reminder';

describe('testReminderResult', () => {
  it.each<[string, NotificationSignals, TestReminderResult]>([
    ['Firefox: created, then onShown', { created: true, first: 'shown' }, 'shown'],
    ['Firefox: created, then onClosed before any onShown (no notification service)', { created: true, first: 'closed' }, 'closed-at-once'],
    ['Firefox: created, then neither event in time', { created: true, first: 'none' }, 'no-answer'],
    ['Firefox: create() rejected', { created: false }, 'refused'],
    ['Chrome: created with permission granted', { created: true, permission: 'granted' }, 'shown'],
    ['Chrome: created, but notifications denied', { created: true, permission: 'denied' }, 'permission-denied'],
    ['Chrome: create() rejected while denied: the denial explains it', { created: false, permission: 'denied' }, 'permission-denied'],
    ['Chrome: create() rejected with permission granted', { created: false, permission: 'granted' }, 'refused'],
    ['Chrome: created, permission unknown (the call failed)', { created: true }, 'shown'],
  ])('%s → %s', (_, signals, expected) => {
    expect(testReminderResult(signals)).toBe(expected);
  });

  it('every result can come out (each has its sentence on the options page)', () => {
    const seen = new Set<TestReminderResult>();
    for (const created of [true, false])
      for (const permission of [undefined, 'granted', 'denied'] as const)
        for (const first of [undefined, 'shown', 'closed', 'none'] as const) seen.add(testReminderResult({ created, permission, first }));
    expect([...seen].sort()).toEqual([...TEST_REMINDER_RESULTS].sort());
  });
});
