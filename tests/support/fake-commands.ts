import { fakeBrowser } from 'wxt/testing/fake-browser';

type Listener = (name: string) => void;

/** The fake browser has no `commands` API (keyboard shortcuts). This one only fires `onCommand`. */
export function installFakeCommands(): { trigger(name: string): void } {
  const listeners: Listener[] = [];
  Object.assign(fakeBrowser, {
    commands: {
      onCommand: {
        addListener: (l: Listener) => void listeners.push(l),
        removeListener: (l: Listener) => void listeners.splice(listeners.indexOf(l), 1),
        hasListener: (l: Listener) => listeners.includes(l),
      },
      getAll: async () => [],
    },
  });
  return { trigger: (name) => listeners.forEach((l) => l(name)) };
}
