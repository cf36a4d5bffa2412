import { fakeBrowser } from 'wxt/testing/fake-browser';

export type IdleState = 'active' | 'idle' | 'locked';
type Listener = (state: IdleState) => void | Promise<void>;

/** The fake browser has no `idle` API. This one keeps a current state that tests set with `setIdleState`. */
export interface FakeIdle {
  queryState(detectionIntervalInSeconds: number): Promise<IdleState>;
  setDetectionInterval(intervalInSeconds: number): void;
  onStateChanged: {
    addListener(l: Listener): void;
    removeListener(l: Listener): void;
    hasListener(l: Listener): boolean;
    /** Sets the state and fires the event, as the browser does on a transition. */
    trigger(state: IdleState): Promise<void>;
  };
  /** The last interval passed to setDetectionInterval, in seconds. */
  detectionIntervalSec: number | null;
  state: IdleState;
}

export function installFakeIdle(initial: IdleState = 'active'): FakeIdle {
  const listeners: Listener[] = [];
  const idle: FakeIdle = {
    state: initial,
    detectionIntervalSec: null,
    async queryState() {
      return idle.state;
    },
    setDetectionInterval(seconds) {
      if (!Number.isInteger(seconds) || seconds < 15) throw new Error('detection interval must be an integer ≥ 15');
      idle.detectionIntervalSec = seconds;
    },
    onStateChanged: {
      addListener: (l) => void listeners.push(l),
      removeListener: (l) => void listeners.splice(listeners.indexOf(l), 1),
      hasListener: (l) => listeners.includes(l),
      async trigger(state) {
        idle.state = state;
        await Promise.all(listeners.map((l) => l(state)));
      },
    },
  };
  Object.assign(fakeBrowser, { idle });
  return idle;
}

/** The fake idle API installed for the current test. */
export function fakeIdle(): FakeIdle {
  return (fakeBrowser as unknown as { idle: FakeIdle }).idle;
}
