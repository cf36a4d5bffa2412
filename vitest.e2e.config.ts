import { defineConfig } from 'vitest/config';

// Real-browser tests: the built extension (.output/chrome-mv3) in headless Chromium. One file at a time:
// each launches its own browser and the machine has two cores.
export default defineConfig({
  test: {
    environment: 'node',
    include: ['tests/e2e/**/*.test.ts'],
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 60_000,
  },
});
