import react from '@vitejs/plugin-react';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  plugins: [react()],
  test: {
    name: 'console',
    environment: 'jsdom',
    include: ['src/**/*.test.{ts,tsx}'],
    setupFiles: ['./src/test/setup.ts'],
    // The files of a worker share its modules and its document (the setup empties the document
    // after each test): loading antd and the app once per worker rather than once per file more
    // than halves the project's time. A test replaces a dependency with `vi.spyOn` on an object,
    // not `vi.mock` of a module another file may already have loaded.
    isolate: false,
    css: false,
    // First renders load lazy screens and antd styles: slow on a busy 2-core machine.
    testTimeout: 30_000,
  },
});
