// `npm test`: typecheck, lint + format check, unit and integration tests, then browser tests.
// Stops at the first failing step. Browser tests need Debian's Chromium; the message says how.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';

const chromium = process.env.HAFAN_CHROMIUM ?? '/usr/bin/chromium';

const steps = [
  ['typecheck', 'npx', ['tsc', '-p', '.']],
  ['lint', 'npx', ['eslint', '.', '--max-warnings', '0']],
  ['format', 'npx', ['prettier', '--check', '.']],
  ['unit + integration tests', 'npx', ['vitest', 'run']],
  ['browser build (e2e mode)', 'npx', ['vite', 'build', '--mode', 'e2e', '--logLevel', 'warn']],
  ['browser tests', 'npx', ['vitest', 'run', '--config', 'tests/e2e/vitest.e2e.config.ts']],
];

for (const [name, cmd, args] of steps) {
  if (name.startsWith('browser') && !fs.existsSync(chromium)) {
    console.error(
      `\nBrowser tests need Chromium at ${chromium}, and it is missing.\n` +
        'Install it with:  sudo apt-get update && sudo apt-get install -y chromium\n' +
        '(or point HAFAN_CHROMIUM at a Chromium binary).',
    );
    process.exit(1);
  }
  console.log(`\n== ${name}: ${cmd} ${args.join(' ')}`);
  const started = Date.now();
  const r = spawnSync(cmd, args, { stdio: 'inherit' });
  const secs = ((Date.now() - started) / 1000).toFixed(1);
  if (r.status !== 0) {
    console.error(`\n✗ ${name} failed after ${secs}s`);
    process.exit(r.status ?? 1);
  }
  console.log(`✓ ${name} (${secs}s)`);
}
