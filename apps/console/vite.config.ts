import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

/**
 * The officers' console, served by the API server under `/console/`. Libraries go in chunks of
 * their own so a release of the app does not make officers download React and antd again.
 */
export default defineConfig({
  base: '/console/',
  plugins: [react()],
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    // The vendor chunk is mostly antd (table, form, drawer): ≈ 0.85 MB minified, ≈ 270 kB gzipped.
    // Acceptable for a desktop console on an office network, so only warn above that.
    chunkSizeWarningLimit: 1000,
    rolldownOptions: {
      output: {
        codeSplitting: {
          groups: [
            { name: 'react', test: /[\\/]node_modules[\\/](react|react-dom|scheduler)[\\/]/, priority: 3 },
            { name: 'query', test: /[\\/]node_modules[\\/]@tanstack[\\/]/, priority: 2 },
            { name: 'vendor', test: /[\\/]node_modules[\\/]/, priority: 1 },
          ],
        },
      },
    },
  },
  server: {
    proxy: { '/api': 'http://localhost:3000' },
  },
});
