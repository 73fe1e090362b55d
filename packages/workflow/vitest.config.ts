import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    name: 'workflow',
    environment: 'node',
    include: ['src/**/*.test.ts'],
    passWithNoTests: true,
  },
});
