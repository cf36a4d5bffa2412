import preact from '@preact/preset-vite';
import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';

// Schedules are local-time rules: the suite runs in one real time zone with daylight saving, whatever the
// machine's own zone (set before the test workers start, so they inherit it).
process.env.TZ = 'Europe/Berlin';

// Unit and component tests against WXT's fake browser. WxtVitest() does not apply wxt.config's Vite
// plugins, so Preact is added again here.
export default defineConfig({
  plugins: [WxtVitest(), preact()],
  test: {
    environment: 'happy-dom',
    include: ['tests/unit/**/*.test.{ts,tsx}'],
    setupFiles: ['tests/support/setup.ts'],
    restoreMocks: true,
    // Property tests are CPU-bound: on a shared 2-core machine the default 5 s fails them for load, not logic.
    testTimeout: 30_000,
  },
});
