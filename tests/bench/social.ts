/**
 * `npm run bench:social`: 20 rooms x 8 simulated clients on one server for 60 s, all on
 * 127.0.0.1. The server runs in its own process (so its CPU is its own); the clients in four
 * more. Every client is a seated headset sending a pose 15 times a second through the hub and
 * timing each pose it receives (sender's clock, same machine). Reports bytes per avatar per
 * second (on the socket, framing included), server CPU and p99 pose latency to
 * docs/BENCHMARKS.md. Usage: tsx tests/bench/social.ts [seconds] [rooms] [perRoom]
 */
import { spawn, type ChildProcess } from 'node:child_process';
import os from 'node:os';
import readline from 'node:readline';
import { POSE_FRAME_BYTES } from '../../src/core/social/poseCodec.ts';
import { table, writeSection } from './report.ts';

const seconds = Number(process.argv[2] ?? 60);
const roomCount = Number(process.argv[3] ?? 20);
const perRoom = Number(process.argv[4] ?? 8);
const CLIENT_PROCESSES = 4;

function child(
  script: string,
  args: string[],
): { proc: ChildProcess; line: () => Promise<string> } {
  const proc = spawn(process.execPath, ['--import', 'tsx', script, ...args], {
    stdio: ['pipe', 'pipe', 'inherit'],
  });
  const lines = readline.createInterface({ input: proc.stdout! });
  const queue: string[] = [];
  const waiting: ((l: string) => void)[] = [];
  lines.on('line', (l) => (waiting.length ? waiting.shift()!(l) : queue.push(l)));
  return {
    proc,
    line: () =>
      new Promise((resolve) => (queue.length ? resolve(queue.shift()!) : waiting.push(resolve))),
  };
}

const load = os.loadavg()[0]!;
const server = child('tests/bench/socialServer.ts', [String(roomCount), String(perRoom)]);
const { port, rooms } = JSON.parse(await server.line()) as { port: number; rooms: string[] };
const groups = Array.from({ length: CLIENT_PROCESSES }, (_, g) =>
  rooms.filter((_, i) => i % CLIENT_PROCESSES === g),
);
// Headset tokens bench-headset-0 … are seeded by the server; each process takes its own range.
let firstIndex = 0;
const clients = groups.map((group) => {
  const c = child('tests/bench/socialClients.ts', [
    String(port),
    String(firstIndex),
    String(seconds),
    String(perRoom),
    ...group,
  ]);
  firstIndex += group.length * perRoom;
  return { c };
});
for (const cl of clients)
  if ((await cl.c.line()) !== 'ready') throw new Error('clients did not start');
for (const cl of clients) cl.c.proc.stdin!.write('go\n');
const results = await Promise.all(
  clients.map(
    async (cl) =>
      JSON.parse(await cl.c.line()) as {
        clients: number;
        elapsedS: number;
        bytesSent: number;
        sent: number;
        received: number;
        histogram: [number, number][];
        loopDelayP99Ms: number;
        clocks: { room: string; offsetMs: number }[];
      },
  ),
);
server.proc.kill('SIGTERM');
const end = JSON.parse(await server.line()) as {
  cpuMs: number;
  wallMs: number;
  rssMb: number;
  stats: { posesIn: number; posesRelayed: number; posesDropped: number; badFrames: number };
};

const histogram = new Map<number, number>();
for (const r of results)
  for (const [ms, n] of r.histogram) histogram.set(ms, (histogram.get(ms) ?? 0) + n);
const buckets = [...histogram.entries()].sort((a, b) => a[0] - b[0]);
const receivedTotal = results.reduce((s, r) => s + r.received, 0);
const pct = (p: number) => {
  let seen = 0;
  for (const [ms, n] of buckets) if ((seen += n) >= p * receivedTotal) return ms;
  return NaN;
};
const maxLatency = buckets.at(-1)?.[0] ?? NaN;
const avatars = results.reduce((s, r) => s + r.clients, 0);
const elapsedS = Math.max(...results.map((r) => r.elapsedS));
const sent = results.reduce((s, r) => s + r.sent, 0);
const upPerAvatar = results.reduce((s, r) => s + r.bytesSent, 0) / avatars / elapsedS;
const downPerRemote = (receivedTotal * (POSE_FRAME_BYTES + 2)) / avatars / (perRoom - 1) / elapsedS;
const rate = sent / avatars / elapsedS;
const cpuPct = (end.cpuMs / end.wallMs) * 100;
const loopLag = Math.max(...results.map((r) => r.loopDelayP99Ms));
// Group breathing: each member computes phaseAt(serverNow − startAt) from its own estimate of
// the server clock, so two members are out of step by the difference of their estimates.
const byRoom = new Map<string, number[]>();
for (const r of results)
  for (const c of r.clocks) byRoom.set(c.room, [...(byRoom.get(c.room) ?? []), c.offsetMs]);
const spreads = [...byRoom.values()]
  .map((o) => Math.max(...o) - Math.min(...o))
  .sort((a, b) => a - b);
const clockErrors = results
  .flatMap((r) => r.clocks.map((c) => Math.abs(c.offsetMs)))
  .sort((a, b) => a - b);
const at = (xs: number[], p: number) => xs[Math.min(xs.length - 1, Math.floor(p * xs.length))]!;
const worstSpread = spreads.at(-1) ?? NaN;
const ok = upPerAvatar <= 1500 && end.stats.badFrames === 0 && worstSpread < 100;

const body = `## Social rooms: ${roomCount} rooms x ${perRoom} clients

Command: \`npm run bench:social\` — ${new Date().toISOString().slice(0, 10)}, load average ${load.toFixed(1)} on ${os.cpus().length} cores when it started; ${seconds} s measured after a 3 s warm-up. The server runs in its own process on 127.0.0.1 (SQLite); ${avatars} clients in ${CLIENT_PROCESSES} other processes, each a seated headset sending a 40-byte pose frame 15 times a second through the hub.

${table(
  ['measure', 'value'],
  [
    ['avatars', avatars],
    ['poses sent per avatar per second', rate.toFixed(1)],
    [
      'poses received (by the 7 others in each room)',
      `${receivedTotal} of ${sent * (perRoom - 1)} sent on`,
    ],
    [
      'bytes per avatar per second, sent (socket level, WebSocket framing incl.)',
      `${upPerAvatar.toFixed(0)} B/s (budget 1500)`,
    ],
    [
      'bytes per second received per remote avatar (payload + framing)',
      `${downPerRemote.toFixed(0)} B/s`,
    ],
    [
      'server CPU (from listening to the end, joins included)',
      `${cpuPct.toFixed(1)} % of one core (${(end.cpuMs / 1000).toFixed(1)} s CPU in ${(end.wallMs / 1000).toFixed(1)} s)`,
    ],
    ['server memory (RSS)', `${end.rssMb.toFixed(0)} MB`],
    ['pose latency p50 / p99 / max', `${pct(0.5)} / ${pct(0.99)} / ${maxLatency} ms`],
    ['client event-loop delay p99 (worst client process)', `${loopLag.toFixed(0)} ms`],
    [
      'group breathing: members out of step (clock estimates, spread within a room), median / worst room',
      `${at(spreads, 0.5).toFixed(1)} / ${worstSpread.toFixed(1)} ms (budget 100)`,
    ],
    [
      'clock estimate error per member (true offset 0 on one machine), p50 / p99',
      `${at(clockErrors, 0.5).toFixed(1)} / ${at(clockErrors, 0.99).toFixed(1)} ms`,
    ],
    [
      'poses dropped by the server (rate limit) / bad frames',
      `${end.stats.posesDropped} / ${end.stats.badFrames}`,
    ],
    ['verdict', ok ? 'ok' : 'FAILED'],
  ],
)}

Sent bytes include each WebSocket frame's 6-byte masked header and the JSON pings; TCP/IP headers (about 40 bytes a packet) come on top: (40 + 6 + 40) x 15 = 1290 B/s per avatar even if every pose travels alone. Group breathing is in step when every member's estimate of the server clock agrees: each computes the breath from \`serverNow − startAt\`, so two members differ by the difference of their estimates. Each client estimates the clock as the room page does (\`src/core/protocol/clockSync.ts\`: the best of its recent ping round trips, five pings at the start). Latency is measured on the same machine as the server, in whole milliseconds; when the client processes are starved of CPU (their event-loop delay above) the latency is mostly theirs, not the server's. The server drops a pose only when a client sends more than its bucket allows (30 at once, 20 a second), e.g. a burst after a stall.
`;
writeSection('social', body);
console.log(body);
process.exit(ok ? 0 : 1);
