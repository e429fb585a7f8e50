import { defineConfig } from 'vite';

// Builds the plain three.js baseline page for the bench (never part of the app).
export default defineConfig({
  root: 'tests/bench/baseline',
  base: './',
  build: { outDir: '../../../.tmp/bench-baseline', emptyOutDir: true, chunkSizeWarningLimit: 1000 },
  logLevel: 'warn',
});
