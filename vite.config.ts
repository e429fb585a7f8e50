import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { controllerProfiles } from './scripts/vite-controller-profiles.ts';
import { noEmulator } from './scripts/vite-no-emulator.ts';
import { offlineApp } from './scripts/vite-offline.ts';
import pkg from './package.json' with { type: 'json' };

// One index.html; the resident app, console and research are lazy chunks chosen by path.
// Mode "e2e" (npm run build:e2e) compiles in the WebXR emulator for browser tests; the
// production build never contains it (the bench checks), and no build precaches it.
// HAFAN_BUILD_ID names a build (default: the package version); the update test builds twice.
export default defineConfig(({ mode }) => {
  const outDir = mode === 'e2e' ? 'dist-e2e' : 'dist';
  return {
    plugins: [
      react(),
      controllerProfiles(),
      ...(mode === 'production' ? [noEmulator()] : []),
      offlineApp(),
    ],
    define: {
      __HAFAN_EMULATOR__: JSON.stringify(mode === 'e2e' || mode === 'development'),
      __HAFAN_BUILD__: JSON.stringify(process.env.HAFAN_BUILD_ID || pkg.version),
    },
    build: {
      outDir,
      emptyOutDir: true,
      target: 'es2022',
      sourcemap: false,
      // The e2e build also holds iwer's emulated rooms (2 MB of data, never in production).
      chunkSizeWarningLimit: mode === 'e2e' ? 2500 : 1200,
    },
    server: { port: 5173 },
  };
});
