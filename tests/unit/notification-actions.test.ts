import { describe, expect, it } from 'vitest';
import { notificationId } from '../../lib/schedule/engine';
import { clickOpensPopup, commandForButton } from '../../lib/schedule/notification-actions';
import { initialState, type EngineState, type WaitingReminder } from '../../lib/schedule/state';

const AT = new Date('2026-11-23T09:50:00Z').getTime();
const waiting = (kind: WaitingReminder['kind']): EngineState => ({ ...initialState(), waiting: { kind, at: AT, tipId: 'desk-reset', notified: true } });
const idOf = (state: EngineState) => notificationId(state.waiting!);

describe('commandForButton', () => {
  it.each([
    ['movement', 0, { type: 'done' }],
    ['movement', 1, { type: 'snooze' }],
    ['feeding', 1, { type: 'snooze' }],
    ['after-feed', 1, { type: 'snooze' }],
    ['checkin', 0, { type: 'done' }],
    ['checkin', 1, { type: 'end-feed' }],
  ] as const)('%s, button %i: %j', (kind, index, expected) => {
    const state = waiting(kind);
    expect(commandForButton(idOf(state), index, state)).toEqual(expected);
  });

  it('is null for a stale notification or a test, which should just go', () => {
    const state = waiting('movement');
    expect(commandForButton(notificationId({ ...state.waiting!, at: AT - 1 }), 0, state)).toBeNull();
    expect(commandForButton(idOf(state), 0, initialState())).toBeNull();
    expect(commandForButton(notificationId({ ...state.waiting!, test: true }), 0, state)).toBeNull();
  });
});

describe('clickOpensPopup', () => {
  it('opens the popup for the waiting reminder and for a test, not for a stale one', () => {
    const state = waiting('movement');
    expect(clickOpensPopup(idOf(state), state)).toBe(true);
    expect(clickOpensPopup(notificationId({ kind: 'movement', at: AT, tipId: 'x', notified: true, test: true }), initialState())).toBe(true);
    expect(clickOpensPopup(idOf(state), initialState())).toBe(false);
    expect(clickOpensPopup('something-else', state)).toBe(false);
  });
});
