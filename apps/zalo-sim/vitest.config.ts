import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    name: 'zalo-sim',
    // Node by default (the simulator's API will live here too); DOM tests opt in to jsdom per file.
    environment: 'node',
    include: ['src/**/*.test.ts', 'server/**/*.test.ts'],
  },
});
