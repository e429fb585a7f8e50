/**
 * `npm run bench:hub`: hub fan-out latency (console command → headset) with 50 simulated
 * headsets on 127.0.0.1, and the hub's memory per connection (measured in the hub's own process
 * after GC). Written to docs/BENCHMARKS.md.
 */
import { fork } from 'node:child_process';
import WebSocket from 'ws';
import { idleStatus } from '../../src/core/protocol/headsetMachine.ts';
import { PROTOCOL_VERSION } from '../../src/core/protocol/messages.ts';
import { table, writeSection } from './report.ts';
import { benchHeadsetId, benchToken } from './hubBenchIds.ts';

const HEADSETS = 50;
const ROUNDS = 20;
/** Between rounds, so the console stays inside the hub's real rate limit (burst 60, 30/s). */
const ROUND_GAP_MS = 1800;

const child = fork('tests/bench/hubServer.ts', [String(HEADSETS)], {
  execArgv: ['--import', 'tsx', '--expose-gc'],
  stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
});
const ask = <T>(msg: string, key: string): Promise<T> =>
  new Promise((resolve) => {
    const on = (m: Record<string, unknown>) => {
      if (key in m) {
        child.off('message', on);
        resolve(m[key] as T);
      }
    };
    child.on('message', on);
    if (msg) child.send(msg);
  });
const port = await ask<number>('', 'port');
const url = `ws://127.0.0.1:${port}/api/hub`;
const frame = (body: object) => JSON.stringify({ v: PROTOCOL_VERSION, ...body });

function open(headers: Record<string, string> = {}): Promise<WebSocket> {
  return new Promise((resolve, reject) => {
    const ws = new WebSocket(url, { headers });
    ws.once('open', () => resolve(ws));
    ws.once('error', reject);
  });
}
const waitFor = (ws: WebSocket, type: string) =>
  new Promise<void>((resolve) => {
    const on = (d: WebSocket.RawData) => {
      if ((JSON.parse(String(d)) as { type: string }).type === type) {
        ws.off('message', on);
        resolve();
      }
    };
    ws.on('message', on);
  });

type Mem = NodeJS.MemoryUsage;
const before = await ask<Mem>('mem', 'mem');

const sentAt = new Map<string, number>();
const latencies: number[] = [];
const roundTrips: number[] = [];
const headsets: WebSocket[] = [];
for (let i = 0; i < HEADSETS; i++) {
  const ws = await open();
  const hello = waitFor(ws, 'hello');
  ws.send(frame({ type: 'auth', token: benchToken(i) }));
  await hello;
  ws.send(frame({ type: 'status', status: idleStatus('en') }));
  ws.on('message', (d) => {
    const f = JSON.parse(String(d)) as { type: string; id?: string };
    if (f.type !== 'command' || !f.id) return;
    latencies.push(performance.now() - sentAt.get(f.id)!);
    ws.send(frame({ type: 'ack', commandId: f.id, ok: true }));
  });
  headsets.push(ws);
}
const consoleWs = await open({ cookie: 'bench=staff', origin: `http://127.0.0.1:${port}` });
await waitFor(consoleWs, 'headsets');
await new Promise((r) => setTimeout(r, 300));
const after = await ask<Mem>('mem', 'mem');

let answered = 0;
consoleWs.on('message', (d) => {
  const f = JSON.parse(String(d)) as { type: string; commandId?: string; ok?: boolean };
  if (f.type === 'command_result' && f.commandId && f.ok) {
    roundTrips.push(performance.now() - sentAt.get(f.commandId)!);
    answered++;
  }
});
const plan = {
  scene: 'beach',
  lengthMin: 5,
  language: 'en',
  pattern: 'scene_default',
  guideVisible: true,
  measures: [],
  residentId: null,
  group: null,
};
const fanOut: number[] = [];
for (let r = -1; r < ROUNDS; r++) {
  // Round -1 warms up the JIT on both sides and is not counted.
  if (r === 0) {
    latencies.length = 0;
    roundTrips.length = 0;
    fanOut.length = 0;
  }
  const start = performance.now();
  const target = latencies.length + HEADSETS;
  for (let i = 0; i < HEADSETS; i++) {
    const id = `c0000000-0000-4000-8000-${String((r + 1) * 1000 + i).padStart(12, '0')}`;
    sentAt.set(id, performance.now());
    consoleWs.send(
      frame({
        type: 'command',
        id,
        headsetId: benchHeadsetId(i),
        command: { kind: 'prepare', plan },
      }),
    );
  }
  while (latencies.length < target) await new Promise((res) => setImmediate(res));
  fanOut.push(performance.now() - start);
  await new Promise((res) => setTimeout(res, ROUND_GAP_MS));
}
while (answered < (ROUNDS + 1) * HEADSETS) await new Promise((res) => setTimeout(res, 10));

const pct = (xs: number[], p: number) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor((p / 100) * s.length))]!;
};
const conns = HEADSETS + 1;
const perConn = (k: keyof Mem) => (after[k] - before[k]) / conns / 1024;
const f2 = (x: number) => x.toFixed(2);

const body = `## Hub: command fan-out and memory

Command: \`npm run bench:hub\` — ${new Date().toISOString().slice(0, 10)}. ${HEADSETS} simulated headsets
and one console over WebSockets on 127.0.0.1 (clients in the bench process, the hub in its own);
${ROUNDS} rounds after one warm-up round, each sending one command to every headset back to back (the hub's default
per-connection rate limit, burst 60 then 30 a second, admits a 50-headset group start). Latency is from the
console sending a command to the headset receiving it; round trip adds the headset's
acknowledgement back to the console. 2 shared cores: read the figures as an order of magnitude.

${table(
  ['measure', 'p50 ms', 'p99 ms', 'max ms', 'samples'],
  [
    [
      'command → headset',
      f2(pct(latencies, 50)),
      f2(pct(latencies, 99)),
      f2(Math.max(...latencies)),
      latencies.length,
    ],
    [
      'command → acknowledged',
      f2(pct(roundTrips, 50)),
      f2(pct(roundTrips, 99)),
      f2(Math.max(...roundTrips)),
      roundTrips.length,
    ],
    [
      `whole fan-out to ${HEADSETS}`,
      f2(pct(fanOut, 50)),
      f2(pct(fanOut, 99)),
      f2(Math.max(...fanOut)),
      fanOut.length,
    ],
  ],
)}

Hub memory per connection (after GC, ${conns} connections): heap ${perConn('heapUsed').toFixed(1)} KB,
external + buffers ${(perConn('external') + perConn('arrayBuffers')).toFixed(1)} KB, RSS ${perConn('rss').toFixed(1)} KB.
`;
writeSection('hub', body);
console.log(body);
for (const ws of [...headsets, consoleWs]) ws.close();
child.send('stop');
await new Promise((r) => child.once('exit', r));
