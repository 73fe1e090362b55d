import { defineConfig } from 'vite';

/**
 * The simulator's chat page, served by the API server under `/zalo-sim/` in demo mode. In
 * `vite dev` the page's scripting API calls (`/zalo-sim/_sim/…`) go to that server.
 */
const apiServer = 'http://localhost:3000';

export default defineConfig({
  base: '/zalo-sim/',
  build: {
    outDir: 'dist',
    emptyOutDir: true,
  },
  server: {
    proxy: { '/api': apiServer, '/zalo-sim/_sim': apiServer },
  },
});
