import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SessionEvent } from '../../src/core/schemas/events.ts';
import { createLogger } from '../../src/logger/logger.ts';
import { memoryOutbox } from '../../src/logger/outboxStore.ts';
import { buildApp } from '../../src/server/app.ts';
import type { Database } from '../../src/server/db/database.ts';
import { seedPeople, type TestPeople } from '../server/auth.ts';
import { TEST_DATABASES, openMigrated } from '../server/databases.ts';

let database: Database;
let app: FastifyInstance;
let people: TestPeople;
let online = true;

/** fetch that reaches the real app in-process, or fails like a dropped Wi-Fi when offline. */
const fetchImpl = (async (url: string, init?: RequestInit) => {
  if (!online) throw new TypeError('Failed to fetch');
  const r = await app.inject({
    method: (init?.method ?? 'GET') as 'POST',
    url,
    headers: { ...(init?.headers as Record<string, string>), 'content-type': 'application/json' },
    payload: init?.body as string,
  });
  return new Response(r.body, { status: r.statusCode });
}) as typeof fetch;

beforeAll(async () => {
  database = await openMigrated(TEST_DATABASES[0]!);
  app = await buildApp({ database });
  people = await seedPeople(app, database);
});

/** The logger runs on a paired headset: it sends the device token with every request. */
const authorization = () => people.headset.headers.authorization!;
const read = (url: string) => app.inject({ url, headers: people.staff.headers });
afterAll(async () => {
  await app.close();
  await database.close();
});

let counter = 0;
const uuid = (prefix: string) => `${prefix}-0000-4000-8000-${String(++counter).padStart(12, '0')}`;

function session() {
  const id = uuid('cccccccc');
  const start = {
    id,
    scene: 'beach',
    lengthMin: 3 as const,
    language: 'en' as const,
    pattern: 'coherent',
    startedAt: new Date(Date.now() - 60_000).toISOString(),
  };
  const events: SessionEvent[] = [0, 1, 2].map((i) => ({
    id: uuid('dddddddd'),
    sessionId: id,
    tMs: i * 1000,
    at: new Date(Date.now() - 50_000 + i).toISOString(),
    type: 'breath_phase',
    data: { kind: i % 2 ? 'out' : 'in', cycle: i },
  }));
  return {
    id,
    start,
    events,
    end: { endedAt: new Date().toISOString(), endReason: 'completed' as const },
  };
}

async function storedEvents(id: string) {
  return (await read(`/api/sessions/${id}/events`)).json().events as SessionEvent[];
}

describe('logger', () => {
  it('completes a whole session with the server unreachable, then delivers everything once', async () => {
    online = false;
    const store = memoryOutbox();
    const logger = await createLogger({ store, fetchImpl, authorization, intervalMs: 60_000 });
    const s = session();
    await logger.sessionStarted(s.start);
    for (const e of s.events) await logger.event(e);
    await logger.sessionEnded(s.id, s.end);
    await logger.syncNow();
    expect(logger.unsent()).toBe(5);
    expect(logger.lastError()).toMatch(/Failed to fetch/);
    expect(await store.all()).toHaveLength(5);

    online = true;
    await logger.syncNow();
    expect(logger.unsent()).toBe(0);
    expect(await store.all()).toEqual([]);
    const record = (await read(`/api/sessions/${s.id}`)).json();
    expect(record.endReason).toBe('completed');
    expect((await storedEvents(s.id)).map((e) => e.id)).toEqual(s.events.map((e) => e.id));
    logger.stop();
  });

  it('resumes after a restart of the headset from what IndexedDB kept', async () => {
    online = false;
    const store = memoryOutbox();
    const first = await createLogger({ store, fetchImpl, authorization, intervalMs: 60_000 });
    const s = session();
    await first.sessionStarted(s.start);
    for (const e of s.events) await first.event(e);
    first.stop(); // the page is closed or the headset restarts

    online = true;
    const second = await createLogger({ store, fetchImpl, authorization, intervalMs: 60_000 });
    await second.syncNow();
    expect(second.unsent()).toBe(0);
    expect(await storedEvents(s.id)).toHaveLength(3);
    second.stop();
  });

  it('keeps write order: events wait behind a session start the server has not yet taken', async () => {
    online = true;
    const store = memoryOutbox();
    let failStarts = true;
    const flaky = (async (url: string, init?: RequestInit) => {
      if (failStarts && url === '/api/sessions') return new Response('busy', { status: 503 });
      return fetchImpl(url, init);
    }) as typeof fetch;
    const logger = await createLogger({
      store,
      fetchImpl: flaky,
      authorization,
      intervalMs: 60_000,
    });
    const s = session();
    await logger.sessionStarted(s.start);
    await logger.event(s.events[0]!);
    await logger.syncNow();
    expect(logger.unsent()).toBe(2);
    expect(await storedEvents(s.id)).toEqual([]);
    failStarts = false;
    await logger.syncNow();
    expect(logger.unsent()).toBe(0);
    expect(await storedEvents(s.id)).toHaveLength(1);
    logger.stop();
  });

  it('sends measures through the same outbox, after the session start', async () => {
    online = false;
    const logger = await createLogger({
      store: memoryOutbox(),
      fetchImpl,
      authorization,
      intervalMs: 60_000,
    });
    const s = session();
    await logger.sessionStarted(s.start);
    await logger.measure({
      id: uuid('abababab'),
      sessionId: s.id,
      instrumentId: 'mood_faces',
      instrumentVersion: '1.0.0',
      timing: 'pre',
      respondent: 'self',
      answers: [{ linkId: 'mood', value: 4 }],
      answeredAt: new Date(Date.now() - 1000).toISOString(),
    });
    online = true;
    await logger.syncNow();
    expect(logger.unsent()).toBe(0);
    const measures = (await read(`/api/sessions/${s.id}/measures`)).json().measures;
    expect(measures).toHaveLength(1);
    expect(measures[0].score.score).toBe(4);
    logger.stop();
  });

  it('never replaces a written record, and tells listeners when the count changes', async () => {
    online = false;
    const logger = await createLogger({
      store: memoryOutbox(),
      fetchImpl,
      authorization,
      intervalMs: 60_000,
    });
    const counts: number[] = [];
    logger.subscribe(() => counts.push(logger.unsent()));
    const s = session();
    await logger.event(s.events[0]!);
    await logger.event({ ...s.events[0]!, tMs: 99 });
    expect(logger.unsent()).toBe(1);
    expect(counts[0]).toBe(1);
    logger.stop();
  });

  it('keeps records when the server refuses the device token (401), and sends them once it is valid', async () => {
    online = true;
    let token = 'Bearer hfd_' + 'x'.repeat(43);
    const logger = await createLogger({
      store: memoryOutbox(),
      fetchImpl,
      authorization: () => token,
      intervalMs: 60_000,
    });
    const s = session();
    await logger.sessionStarted(s.start);
    await logger.syncNow();
    expect(logger.unsent()).toBe(1);
    expect(logger.lastError()).toMatch(/^401/);
    token = authorization();
    await logger.syncNow();
    expect(logger.unsent()).toBe(0);
    expect((await read(`/api/sessions/${s.id}`)).statusCode).toBe(200);
    logger.stop();
  });
});
