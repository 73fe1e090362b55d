import { defineConfig } from 'vitest/config';

/**
 * Browser journeys in Chromium against the whole system (see support/global-setup.ts). They run
 * one file at a time, after every other project (groupOrder 1), so they do not fight the unit and
 * module tests for the two CPUs.
 */
export default defineConfig({
  test: {
    name: 'e2e',
    environment: 'node',
    include: ['journeys/**/*.test.ts'],
    globalSetup: ['support/global-setup.ts'],
    fileParallelism: false,
    sequence: { groupOrder: 1 },
    testTimeout: 60_000,
    hookTimeout: 120_000,
    teardownTimeout: 60_000,
  },
});
