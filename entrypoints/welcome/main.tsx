import { render } from 'preact';
import { browser } from 'wxt/browser';
import { createOptionsState } from '../../components/options/options-state';
import { notificationPermission } from '../../shell/notification-permission';
import { settingsDeps } from '../options/deps';
import { createWelcomeState, type Platform } from '../../components/welcome/welcome-state';
import { WelcomeApp } from '../../components/welcome/WelcomeApp';
import { parseState } from '../../lib/schedule/state';
import { localizePage } from '../../shell/i18n';
import { sendCommand } from '../../shell/messaging';
import { loadState, stateItem } from '../../shell/storage';
import '../../components/theme.css';
import '../../components/popup/popup.css';
import '../../components/options/options.css';
import '../../components/welcome/welcome.css';

const PLATFORMS: Record<string, Platform> = { win: 'win', mac: 'mac', linux: 'linux', cros: 'linux' };

localizePage('welcomeDocumentTitle');
const welcome = createWelcomeState({
  settings: createOptionsState(settingsDeps()),
  loadSchedule: loadState,
  watchSchedule: (callback) => stateItem.watch((value) => callback(parseState(value))),
  sendTestReminder: () => sendCommand({ type: 'test-reminder' }),
  permission: notificationPermission,
  platform: () => browser.runtime.getPlatformInfo().then((info) => PLATFORMS[info.os] ?? 'other', () => 'other' as const),
  feedShortcut: async () => {
    const commands = (await browser.commands?.getAll().catch(() => [])) ?? [];
    return commands.find((c) => c.name === 'toggle-feed')?.shortcut || null;
  },
  now: Date.now,
});
void welcome.start();
render(
  <WelcomeApp
    welcome={welcome}
    firefox={import.meta.env.FIREFOX}
    onDrillFinished={(durationSec) => void sendCommand({ type: 'drill-finished', durationSec })}
    openOptions={() => void browser.runtime.openOptionsPage()}
  />,
  document.getElementById('app')!,
);
