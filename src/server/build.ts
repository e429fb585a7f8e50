import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

/** Sources whose change means the web app must be rebuilt (the server's own code does not). */
const SOURCES = ['src', 'index.html', 'vite.config.ts', 'public', 'assets', 'package.json'];

/** Stale when there is no build, or any source is newer than it. Pure, for tests. */
export function isBuildStale(builtAtMs: number | null, sourceMtimesMs: Iterable<number>): boolean {
  if (builtAtMs === null) return true;
  for (const m of sourceMtimesMs) if (m > builtAtMs) return true;
  return false;
}

function* mtimes(entry: string): Generator<number> {
  if (!fs.existsSync(entry)) return;
  const stat = fs.statSync(entry);
  if (!stat.isDirectory()) {
    yield stat.mtimeMs;
    return;
  }
  if (path.resolve(entry) === path.resolve('src/server')) return;
  for (const name of fs.readdirSync(entry)) yield* mtimes(path.join(entry, name));
}

/** Builds the web app into `dist` with Vite when it is missing or older than its sources. */
export function ensureBuild(dist: string, root = process.cwd()): 'fresh' | 'built' {
  const index = path.join(dist, 'index.html');
  const builtAt = fs.existsSync(index) ? fs.statSync(index).mtimeMs : null;
  const sources = SOURCES.map((s) => path.join(root, s));
  if (
    !isBuildStale(
      builtAt,
      sources.flatMap((s) => [...mtimes(s)]),
    )
  )
    return 'fresh';
  console.log('Building the web app (vite build)…');
  const r = spawnSync('npx', ['vite', 'build', '--outDir', dist, '--logLevel', 'warn'], {
    stdio: 'inherit',
    cwd: root,
  });
  if (r.status !== 0) throw new Error(`vite build failed (exit ${r.status ?? r.signal})`);
  return 'built';
}
