import { defineConfig } from 'vitest/config';

// Browser tests: Playwright driving Debian Chromium against the e2e build (dist-e2e) served by
// the real server. One file at a time: SwiftShader WebGL is CPU-heavy on a 2-core machine.
export default defineConfig({
  test: {
    include: ['tests/e2e/**/*.e2e.ts'],
    environment: 'node',
    testTimeout: 120_000,
    hookTimeout: 120_000,
    fileParallelism: false,
  },
});
