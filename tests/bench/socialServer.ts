/**
 * The server half of `npm run bench:social`, in its own process so that its CPU time is its own:
 * a fresh SQLite database, one site, a paired headset per simulated client, and the rooms. Prints
 * `{ port, rooms }` when listening; on SIGTERM prints its CPU and memory and exits.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { buildApp } from '../../src/server/app.ts';
import { migrate, openDatabase } from '../../src/server/db/database.ts';

const rooms = Number(process.argv[2] ?? 20);
const perRoom = Number(process.argv[3] ?? 8);
const SITE = 'bench-site';
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'hafan-bench-social-'));
const database = await openDatabase({ sqlitePath: path.join(dir, 'hafan.sqlite') });
await migrate(database);
await database.db.insertInto('sites').values({ id: SITE, name: 'Bench House' }).execute();
const headsets = Array.from({ length: rooms * perRoom }, (_, i) => `bench-headset-${i}`);
await database.db
  .insertInto('headsets')
  .values(
    headsets.map((id) => ({ id, site_id: SITE, name: id, paired_at: new Date().toISOString() })),
  )
  .execute();

const app = await buildApp({
  database,
  hub: {
    // stands in for the auth plugin: token "bench-headset-N" is that headset
    resolvePrincipal: async (h) => {
      const token = /^Bearer (bench-headset-\d+)$/.exec(h.authorization ?? '')?.[1];
      return token ? { kind: 'headset', headsetId: token, siteId: SITE } : null;
    },
  },
});
await app.listen({ port: 0, host: '127.0.0.1' });
const addr = app.server.address();
const port = typeof addr === 'object' && addr ? addr.port : 0;
const ids: string[] = [];
for (let r = 0; r < rooms; r++) {
  const scene = r % 2 ? 'tea-party' : 'campfire';
  ids.push((await app.social.createRoom({ siteId: SITE, scene, createdBy: null })).record.id);
}
const cpuStart = process.cpuUsage();
const wallStart = performance.now();
process.stdout.write(`${JSON.stringify({ port, rooms: ids })}\n`);

process.on('SIGTERM', () => {
  const cpu = process.cpuUsage(cpuStart);
  const wallMs = performance.now() - wallStart;
  const stats = app.social.stats;
  process.stdout.write(
    `${JSON.stringify({ cpuMs: (cpu.user + cpu.system) / 1000, wallMs, rssMb: process.memoryUsage().rss / 2 ** 20, stats })}\n`,
  );
  void app.close().then(() => process.exit(0));
});
