import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import { zaloAppConfig } from './zalo-app-config.ts';

/**
 * Two targets from one source: `--mode web` (served by the API server at `/`) and `--mode zalo`
 * (uploaded as a Zalo Mini App, which loads its files from Zalo's CDN, hence relative URLs).
 * `import.meta.env.MODE` picks the platform adapter at build time (see src/platform/).
 */
export default defineConfig(({ mode }) => {
  const isZalo = mode === 'zalo';
  return {
    base: isZalo ? './' : '/',
    plugins: [react(), ...(isZalo ? [zaloAppConfig()] : [])],
    build: {
      outDir: isZalo ? 'dist/zalo' : 'dist/web',
      emptyOutDir: true,
    },
    server: {
      proxy: { '/api': 'http://localhost:3000' },
    },
  };
});
