/**
 * Simulated room members for `npm run bench:social` (one process of several): each a seated
 * headset sending a pose 15 times a second and timing every pose it receives. Args: port,
 * first headset index, seconds, then room ids (8 members each). Prints one JSON line of results.
 */
import { monitorEventLoopDelay } from 'node:perf_hooks';
import WebSocket from 'ws';
import {
  addClockSample,
  createClockFilter,
  estimateClock,
  type ClockFilter,
} from '../../src/core/protocol/clockSync.ts';
import {
  createPoseSample,
  encodePose,
  POSE_FRAME_BYTES,
  POSE_INTERVAL_MS,
} from '../../src/core/social/poseCodec.ts';

const [portArg, firstArg, secondsArg, perRoomArg, ...rooms] = process.argv.slice(2);
const port = Number(portArg);
const first = Number(firstArg);
const seconds = Number(secondsArg);
const perRoom = Number(perRoomArg);
const WARM_UP_MS = 3000;

interface Client {
  ws: WebSocket;
  sent: number;
  room: string;
  /** This client's estimate of the server clock, as the room page makes it (clockSync.ts). */
  clock: ClockFilter;
}
/** Latency histogram in whole ms (the last bucket holds everything slower). */
const MAX_MS = 20_000;
const histogram = new Uint32Array(MAX_MS + 1);
let received = 0;
let measuring = false;

async function connect(room: string, index: number): Promise<Client> {
  const ws = new WebSocket(`ws://127.0.0.1:${port}/api/hub`);
  const c: Client = { ws, sent: 0, room, clock: createClockFilter() };
  await new Promise<void>((resolve, reject) => {
    ws.once('open', () => resolve());
    ws.once('error', reject);
  });
  const seated = new Promise<void>((resolve) => {
    ws.on('message', (data, isBinary) => {
      if (isBinary) {
        // the sender's clock is at byte 6 (poseCodec.ts): read it without decoding the frame
        if (measuring) {
          const ms = ((Date.now() >>> 0) - (data as Buffer).readUInt32LE(6) + 2 ** 32) % 2 ** 32;
          histogram[Math.min(MAX_MS, ms)]!++;
          received++;
        }
        return;
      }
      const f = JSON.parse(String(data)) as {
        type: string;
        data?: { t: string; clientMs?: number; serverNowMs?: number };
      };
      if (f.type === 'channel' && f.data?.t === 'welcome') resolve();
      if (f.type === 'channel' && f.data?.t === 'pong') {
        const t = f.data.serverNowMs!;
        c.clock = addClockSample(c.clock, { t0: f.data.clientMs!, t1: t, t2: t, t3: Date.now() });
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

const clients: Client[] = [];
for (let r = 0; r < rooms.length; r++) {
  for (let i = 0; i < perRoom; i++) clients.push(await connect(rooms[r]!, first + r * perRoom + i));
}
process.stdout.write('ready\n');
await new Promise<void>((resolve) => process.stdin.once('data', () => resolve()));

// One timer walks the clients: each sends when its 15 Hz turn comes, staggered.
const sample = createPoseSample();
const bytes = new Uint8Array(POSE_FRAME_BYTES);
const nextAt = clients.map((_, i) => performance.now() + (i * POSE_INTERVAL_MS) / clients.length);
const ticker = setInterval(() => {
  const t = performance.now();
  const now = Date.now();
  for (let i = 0; i < clients.length; i++) {
    if (t < nextAt[i]!) continue;
    nextAt[i] = Math.max(t, nextAt[i]! + POSE_INTERVAL_MS);
    sample.values[0] = Math.sin(now / 900 + i) * 0.1;
    sample.values[1] = 1.15 + Math.sin(now / 1300) * 0.02;
    sample.seq = (sample.seq + 1) & 0xffff;
    sample.timeMs = now >>> 0;
    sample.level = 60;
    clients[i]!.ws.send(encodePose(sample, bytes));
    if (measuring) clients[i]!.sent++;
  }
}, 4);

// Clock pings as the room page sends them: five at the start, then (here) one every 2 s.
const ping = (c: Client) =>
  c.ws.send(
    JSON.stringify({
      v: 1,
      type: 'channel',
      channel: 'social',
      data: { t: 'ping', clientMs: Date.now() },
    }),
  );
for (let i = 0; i < 5; i++) setTimeout(() => clients.forEach(ping), i * 200);
const pinger = setInterval(() => clients.forEach(ping), 2000);

await new Promise((r) => setTimeout(r, WARM_UP_MS));
const socketBytes = () =>
  clients.reduce(
    (s, c) => s + (c.ws as unknown as { _socket: { bytesWritten: number } })._socket.bytesWritten,
    0,
  );
const loop = monitorEventLoopDelay({ resolution: 10 });
loop.enable();
const startBytes = socketBytes();
measuring = true;
const started = performance.now();
await new Promise((r) => setTimeout(r, seconds * 1000));
measuring = false;
loop.disable();
const elapsedS = (performance.now() - started) / 1000;
clearInterval(ticker);
clearInterval(pinger);
const result = {
  /** Each client's offset estimate (ms, server minus local: truly 0 on one machine), by room. */
  clocks: clients.map((c) => ({ room: c.room, offsetMs: estimateClock(c.clock)?.offsetMs ?? NaN })),
  clients: clients.length,
  elapsedS,
  bytesSent: socketBytes() - startBytes,
  sent: clients.reduce((s, c) => s + c.sent, 0),
  received,
  /** [ms, count] for every non-empty bucket. */
  histogram: [...histogram.entries()].filter(([, n]) => n > 0),
  loopDelayP99Ms: loop.percentile(99) / 1e6,
};
for (const c of clients) c.ws.terminate();
// exit only once the line is flushed: a pipe drops what process.exit cuts off
process.stdout.write(`${JSON.stringify(result)}\n`, () => process.exit(0));
