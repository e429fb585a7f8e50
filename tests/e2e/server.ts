import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

export interface RunningServer {
  url: string;
  dataDir: string;
  proc: ChildProcess;
  output: () => string;
  stop: () => Promise<number | null>;
}

/**
 * Starts the real Hafan server (the same entry as `npm start`) on a free port with a throw-away
 * SQLite database, serving the e2e build. Resolves once it prints its URL. A test that restarts
 * the server passes the same `dataDir` and `port` (the page's origin must not change).
 */
export async function startServer(
  opts: { dist?: string; dataDir?: string; port?: number; env?: NodeJS.ProcessEnv } = {},
): Promise<RunningServer> {
  const dataDir = opts.dataDir ?? fs.mkdtempSync(path.join(os.tmpdir(), 'hafan-e2e-data-'));
  const dist = opts.dist ?? 'dist-e2e';
  if (!fs.existsSync(path.join(dist, 'index.html'))) {
    throw new Error(`${dist}/index.html is missing: run \`npx vite build --mode e2e\` first`);
  }
  const proc = spawn(
    process.execPath,
    [
      '--import',
      'tsx',
      'src/server/main.ts',
      '--no-build',
      '--port',
      String(opts.port ?? 0),
      '--host',
      '127.0.0.1',
    ],
    {
      env: {
        ...process.env,
        HAFAN_DIST: dist,
        HAFAN_DATA_DIR: dataDir,
        DATABASE_URL: '',
        ...opts.env,
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  let out = '';
  proc.stdout?.on('data', (d: Buffer) => (out += d.toString()));
  proc.stderr?.on('data', (d: Buffer) => (out += d.toString()));
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`server did not start:\n${out}`)), 30_000);
    const check = () => {
      const m = /https?:\/\/(?:localhost|127\.0\.0\.1):(\d+)/.exec(out);
      if (m) {
        clearTimeout(timer);
        resolve(`http://127.0.0.1:${m[1]}`);
      }
    };
    proc.stdout?.on('data', check);
    proc.on('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`server exited with ${code}:\n${out}`));
    });
  });
  return {
    url,
    dataDir,
    proc,
    output: () => out,
    stop: () =>
      new Promise((resolve) => {
        if (proc.exitCode !== null) return resolve(proc.exitCode);
        proc.once('exit', (code) => resolve(code));
        proc.kill('SIGTERM');
      }),
  };
}
