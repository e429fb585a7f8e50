/**
 * The hub under test for `npm run bench:hub`, in its own process so its memory is measured alone:
 * a fresh SQLite database with one site and N paired headsets, listening on 127.0.0.1.
 * Talks to the bench over IPC: sends { port }, answers 'mem' with process.memoryUsage() after GC.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { buildApp } from '../../src/server/app.ts';
import type { Principal } from '../../src/server/auth/principal.ts';
import { migrate, openDatabase } from '../../src/server/db/database.ts';
import { BENCH_SITE, benchHeadsetId, benchToken } from './hubBenchIds.ts';

const count = Number(process.argv[2] ?? 50);
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'hafan-bench-hub-'));
const database = await openDatabase({ sqlitePath: path.join(dir, 'hafan.sqlite') });
await migrate(database);
await database.db.insertInto('sites').values({ id: BENCH_SITE, name: 'Bench' }).execute();
const now = new Date().toISOString();
await database.db
  .insertInto('headsets')
  .values(
    Array.from({ length: count }, (_, i) => ({
      id: benchHeadsetId(i),
      site_id: BENCH_SITE,
      name: `Headset ${i}`,
      token_hash: `h${i}`,
      paired_at: now,
    })),
  )
  .execute();

const tokens = new Map<string, Principal>();
for (let i = 0; i < count; i++) {
  tokens.set(benchToken(i), { kind: 'headset', headsetId: benchHeadsetId(i), siteId: BENCH_SITE });
}
const staff: Principal = {
  kind: 'user',
  userId: 'bench',
  role: 'staff',
  siteId: BENCH_SITE,
  authSessionId: 'bench',
};
const app = await buildApp({
  database,
  hub: {
    // The bench measures the hub, not sign-in: credentials are resolved from a table.
    resolvePrincipal: async (h) => {
      const bearer = /^Bearer (.+)$/.exec(h.authorization ?? '')?.[1];
      if (bearer) return tokens.get(bearer) ?? null;
      return h.cookie === 'bench=staff' ? staff : null;
    },
  },
});
await app.listen({ port: 0, host: '127.0.0.1' });
const addr = app.server.address();
process.send!({ port: typeof addr === 'object' && addr ? addr.port : 0 });
process.on('message', (m) => {
  if (m === 'mem') {
    for (let i = 0; i < 3; i++) (globalThis as { gc?: () => void }).gc?.();
    process.send!({ mem: process.memoryUsage() });
  } else if (m === 'stop') {
    void app
      .close()
      .then(() => database.close())
      .then(() => process.exit(0));
  }
});
