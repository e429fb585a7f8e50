import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { controllerProfiles } from './scripts/vite-controller-profiles.ts';
import { noEmulator } from './scripts/vite-no-emulator.ts';

// One index.html; the resident app, console and research are lazy chunks chosen by path.
// Mode "e2e" (npm run build:e2e) compiles in the WebXR emulator for browser tests; the
// production build never contains it (the bench checks).
export default defineConfig(({ mode }) => ({
  plugins: [react(), controllerProfiles(), ...(mode === 'production' ? [noEmulator()] : [])],
  define: {
    __HAFAN_EMULATOR__: JSON.stringify(mode === 'e2e' || mode === 'development'),
  },
  build: {
    outDir: mode === 'e2e' ? 'dist-e2e' : 'dist',
    emptyOutDir: true,
    target: 'es2022',
    sourcemap: false,
    chunkSizeWarningLimit: 1200,
  },
  server: { port: 5173 },
}));
