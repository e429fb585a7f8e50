/**
 * `npm run bench:social`: 20 rooms x 8 simulated clients on one server for 60 s, all on
 * 127.0.0.1. Each client is a headset seated in its room sending a pose 15 times a second;
 * each records the latency of every pose it receives (sender's clock, same machine). Reports
 * bytes per avatar per second (as sent on the socket, framing included), server CPU and p99
 * pose latency to docs/BENCHMARKS.md. Usage: tsx tests/bench/social.ts [seconds] [rooms] [perRoom]
 */
import { spawn } from 'node:child_process';
import os from 'node:os';
import readline from 'node:readline';
import WebSocket from 'ws';
import {
  createPoseSample,
  encodePose,
  POSE_FRAME_BYTES,
  POSE_INTERVAL_MS,
} from '../../src/core/social/poseCodec.ts';
import { table, writeSection } from './report.ts';

const seconds = Number(process.argv[2] ?? 60);
const roomCount = Number(process.argv[3] ?? 20);
const perRoom = Number(process.argv[4] ?? 8);
const WARM_UP_MS = 3000;

const server = spawn(
  process.execPath,
  ['--import', 'tsx', 'tests/bench/socialServer.ts', String(roomCount), String(perRoom)],
  {
    stdio: ['ignore', 'pipe', 'inherit'],
  },
);
const lines = readline.createInterface({ input: server.stdout! });
const nextLine = () => new Promise<string>((resolve) => lines.once('line', resolve));
const { port, rooms } = JSON.parse(await nextLine()) as { port: number; rooms: string[] };

interface Client {
  ws: WebSocket;
  seat: number;
  sentPoses: number;
  latencies: number[];
  received: number;
}

const latencies: number[] = [];
let measuring = false;
const clients: Client[] = [];

async function connect(room: string, index: number): Promise<Client> {
  const ws = new WebSocket(`ws://127.0.0.1:${port}/api/hub`);
  const c: Client = { ws, seat: 0, sentPoses: 0, latencies, received: 0 };
  await new Promise<void>((resolve, reject) => {
    ws.once('open', () => resolve());
    ws.once('error', reject);
  });
  const seated = new Promise<void>((resolve) => {
    ws.on('message', (data, isBinary) => {
      if (isBinary) {
        if (measuring) {
          // the sender's clock is at byte 6 (poseCodec.ts); read it without decoding the frame
          const b = data as Buffer;
          c.received++;
          latencies.push(((Date.now() >>> 0) - b.readUInt32LE(6) + 2 ** 32) % 2 ** 32);
        }
        return;
      }
      const f = JSON.parse(String(data)) as { type: string; data?: { t: string; seat?: number } };
      if (f.type === 'channel' && f.data?.t === 'welcome') {
        c.seat = f.data.seat ?? 0;
        resolve();
      }
    });
  });
  ws.send(JSON.stringify({ v: 1, type: 'auth', token: `bench-headset-${index}` }));
  ws.send(
    JSON.stringify({
      v: 1,
      type: 'channel',
      channel: 'social',
      data: { t: 'join', v: 1, roomId: room, name: `Bench ${index}`, colour: 'teal' },
    }),
  );
  await seated;
  return c;
}

for (let r = 0; r < rooms.length; r++) {
  for (let i = 0; i < perRoom; i++) clients.push(await connect(rooms[r]!, r * perRoom + i));
}

// Every client sends its pose at 15 Hz, a little head motion each time, staggered: one timer
// walks the clients (160 separate timers would cost the client process more than the server).
const sample = createPoseSample();
const bytes = new Uint8Array(POSE_FRAME_BYTES);
const nextAt = clients.map((_, i) => performance.now() + (i * POSE_INTERVAL_MS) / clients.length);
const ticker = setInterval(() => {
  const t = performance.now();
  const now = Date.now();
  clients.forEach((c, i) => {
    if (t < nextAt[i]!) return;
    nextAt[i] = Math.max(t, nextAt[i]! + POSE_INTERVAL_MS);
    sample.values[0] = Math.sin(now / 900 + i) * 0.1;
    sample.values[1] = 1.15 + Math.sin(now / 1300) * 0.02;
    sample.seq = (sample.seq + 1) & 0xffff;
    sample.timeMs = now >>> 0;
    sample.level = 60;
    c.ws.send(encodePose(sample, bytes));
    if (measuring) c.sentPoses++;
  });
}, 4);

await new Promise((r) => setTimeout(r, WARM_UP_MS));
const socketBytes = () =>
  clients.reduce(
    (sum, c) =>
      sum + (c.ws as unknown as { _socket: { bytesWritten: number } })._socket.bytesWritten,
    0,
  );
const bytesAtStart = socketBytes();
measuring = true;
const started = performance.now();
await new Promise((r) => setTimeout(r, seconds * 1000));
measuring = false;
const elapsedS = (performance.now() - started) / 1000;
const bytesSent = socketBytes() - bytesAtStart;
clearInterval(ticker);

server.kill('SIGTERM');
const end = JSON.parse(await nextLine()) as {
  cpuMs: number;
  wallMs: number;
  rssMb: number;
  stats: { posesIn: number; posesRelayed: number; posesDropped: number; badFrames: number };
};
for (const c of clients) c.ws.terminate();

latencies.sort((a, b) => a - b);
const pct = (p: number) =>
  latencies[Math.min(latencies.length - 1, Math.floor(p * latencies.length))] ?? NaN;
const avatars = clients.length;
const sent = clients.reduce((s, c) => s + c.sentPoses, 0);
const expectedRelays = sent * (perRoom - 1);
const upPerAvatar = bytesSent / avatars / elapsedS;
const downPerRemote =
  (latencies.length * (POSE_FRAME_BYTES + 2)) / avatars / (perRoom - 1) / elapsedS;
const cpuPct = (end.cpuMs / end.wallMs) * 100;
const ok = upPerAvatar <= 1500 && latencies.length >= expectedRelays * 0.95;

const body = `## Social rooms: ${roomCount} rooms x ${perRoom} clients

Command: \`npm run bench:social\` — ${new Date().toISOString().slice(0, 10)}, load average ${os.loadavg()[0]!.toFixed(1)} on ${os.cpus().length} cores, ${seconds} s measured after ${WARM_UP_MS / 1000} s warm-up, server in its own process on 127.0.0.1 (SQLite), clients in another; every client a seated headset sending a 40-byte pose 15 times a second through the hub.

${table(
  ['measure', 'value'],
  [
    ['avatars', avatars],
    [
      'poses sent / relayed to receivers',
      `${sent} / ${latencies.length} (expected ${expectedRelays})`,
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
    ['pose latency p50 / p99 / max', `${pct(0.5)} / ${pct(0.99)} / ${latencies.at(-1) ?? NaN} ms`],
    [
      'poses dropped by the server / bad frames',
      `${end.stats.posesDropped} / ${end.stats.badFrames}`,
    ],
    ['verdict', ok ? 'ok' : 'FAILED'],
  ],
)}

Sent bytes include each WebSocket frame's 6-byte masked header and the room's JSON (pings); TCP/IP headers (about 40 bytes a packet) come on top: (40 + 6 + 40) x 15 = 1290 B/s per avatar even if every pose travels alone. Latencies are measured on one machine shared with the server, in whole milliseconds.
`;
writeSection('social', body);
console.log(body);
process.exit(ok ? 0 : 1);
