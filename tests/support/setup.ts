import { beforeEach } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { installFakeI18n } from './fake-i18n';
import { installFakeIdle } from './fake-idle';

beforeEach(() => {
  // WXT does not reset the fake between tests.
  fakeBrowser.reset();
  installFakeIdle();
  installFakeI18n();
});
