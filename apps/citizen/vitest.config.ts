import react from '@vitejs/plugin-react';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  plugins: [react()],
  test: {
    name: 'citizen',
    environment: 'jsdom',
    include: ['src/**/*.test.{ts,tsx}'],
    setupFiles: ['./src/test/setup.ts'],
    css: false,
    // A whole filing journey in jsdom takes a few seconds; parallel files slow each other down.
    testTimeout: 30_000,
    hookTimeout: 30_000,
  },
});
