/** The first-run welcome, through the fake browser and the background's real main(). */
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import background from '../../entrypoints/background';
import { installFakeCommands } from '../support/fake-commands';

type Reason = 'install' | 'update' | 'browser_update';

const welcomeTabs = async () => (await fakeBrowser.tabs.query({})).filter((tab) => tab.url?.endsWith('/welcome.html'));

/** Lets the background's listeners finish their storage work (a few macrotasks). */
const settle = () => new Promise((resolve) => setTimeout(resolve, 20));

async function installed(reason: Reason): Promise<void> {
  await fakeBrowser.runtime.onInstalled.trigger({ reason, previousVersion: reason === 'update' ? '0.1.0' : undefined, temporary: false });
  await settle();
}

beforeEach(() => {
  installFakeCommands();
  vi.spyOn(console, 'warn').mockImplementation(() => {});
});

describe('the welcome on first install', () => {
  it('opens one welcome tab on install, and remembers it did', async () => {
    background.main();
    await installed('install');
    expect(await welcomeTabs()).toHaveLength(1);
    expect(typeof (await fakeBrowser.storage.local.get('welcomedAt')).welcomedAt).toBe('number');
  });

  it.each<Reason>(['update', 'browser_update'])('opens none on %s', async (reason) => {
    background.main();
    await installed(reason);
    expect(await welcomeTabs()).toHaveLength(0);
  });

  it('opens none when the browser starts', async () => {
    background.main();
    await fakeBrowser.runtime.onStartup.trigger();
    await settle();
    expect(await welcomeTabs()).toHaveLength(0);
  });

  it('opens none on a second "install" of a profile that was already welcomed', async () => {
    // Chromium reports "install" at every start for an extension loaded from the command line.
    await fakeBrowser.storage.local.set({ welcomedAt: Date.UTC(2026, 10, 1) });
    background.main();
    await installed('install');
    expect(await welcomeTabs()).toHaveLength(0);
  });
});
