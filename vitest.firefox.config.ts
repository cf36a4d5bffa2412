import { defineConfig } from 'vitest/config';

// The built add-on (.output/firefox-mv3) in a real Firefox ESR (FIREFOX_PATH, default /usr/bin/firefox-esr).
// One file at a time: each launches its own Firefox and the machine has two cores.
export default defineConfig({
  test: {
    environment: 'node',
    include: ['tests/firefox/**/*.test.ts'],
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 60_000,
  },
});
