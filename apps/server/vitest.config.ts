import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    name: 'server',
    environment: 'node',
    include: ['src/**/*.test.ts', 'test/**/*.test.ts'],
    globalSetup: ['test/global-setup.ts'],
    // Test files in one worker share its loaded modules: loading the app again for every file took
    // about 40% of this project's time. Each file still has its own database and its own app; a
    // file that mocks a module imports what uses it afresh (`vi.resetModules`).
    isolate: false,
    testTimeout: 30_000,
    hookTimeout: 60_000,
  },
});
