import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import { zaloAppConfig } from './zalo-app-config.ts';

/** Shared packages of pure definitions (see `treeshake` below). */
const purePackages = /[\\/](packages[\\/](contracts|workflow)|@sinclair[\\/]typebox)[\\/]/;

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
      rollupOptions: {
        // The shared contracts and workflow are pure definitions, but each TypeBox schema is built
        // by a call the bundler must assume has effects; declaring them pure lets the app take the
        // error catalogue and status labels without shipping TypeBox and every schema (≈15 KB gzipped).
        treeshake: { moduleSideEffects: (id: string) => !purePackages.test(id) },
      },
    },
    server: {
      proxy: { '/api': 'http://localhost:3000' },
    },
  };
});
