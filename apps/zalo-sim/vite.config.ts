import { defineConfig } from 'vite';

/** The simulator's chat page, served by the API server under `/zalo-sim/` in demo mode. */
export default defineConfig({
  base: '/zalo-sim/',
  build: {
    outDir: 'dist',
    emptyOutDir: true,
  },
  server: {
    proxy: { '/api': 'http://localhost:3000' },
  },
});
