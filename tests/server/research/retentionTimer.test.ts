import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { buildApp } from '../../../src/server/app.ts';
import { purgeExpiredEvents, setRetention } from '../../../src/server/export/retention.ts';
import { startRetentionTimer } from '../../../src/server/export/retentionTimer.ts';
import { testUuid } from './builders.ts';
import { researchFixture } from './fixture.ts';
import { TEST_DATABASES } from '../databases.ts';

/**
 * The retention timer itself, on fake timers: it purges on schedule with the injected clock,
 * audits, carries on after a failing run, never overlaps runs, and stops with the server.
 */

const ADMIN = { kind: 'user', id: 'admin-1' } as const;
const NOW = Date.parse('2026-12-20T00:00:00.000Z');
const SESSION = '5e000000-0000-4000-8000-000000000001';
const quietLog = () => ({ error: vi.fn() });

/** Lets the database work of a run that has started finish (real I/O, not timers). */
async function until(cond: () => boolean | Promise<boolean>, what: string) {
  const end = performance.now() + 20_000;
  while (performance.now() < end) {
    if (await cond()) return;
    await new Promise((r) => setImmediate(r));
  }
  throw new Error(`timed out waiting for ${what}`);
}

function deferred() {
  let resolve!: () => void;
  const promise = new Promise<void>((r) => (resolve = r));
  return { promise, resolve };
}

describe.each(TEST_DATABASES)('retention timer on $name', (t) => {
  const fx = researchFixture(t);
  beforeAll(() => setRetention(fx.database.db, ADMIN, { eventsDays: 30 }));
  beforeEach(() => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'Date'], now: NOW });
  });
  afterEach(() => vi.useRealTimers());

  const events = async () =>
    (await fx.database.db.selectFrom('events').select('id').execute()).length;
  const audits = async (action: string) =>
    fx.database.db.selectFrom('audit_log').selectAll().where('action', '=', action).execute();
  let nextEvent = 1;
  const addOldEvent = () =>
    fx.database.db
      .insertInto('events')
      .values({
        id: testUuid('ee900000', nextEvent++),
        session_id: SESSION,
        type: 'paused',
        t_ms: 1000,
        at: '2026-10-01T10:00:00.000Z',
        data: '{}',
        payload_hash: 'x',
        received_at: '2026-10-01T10:00:01.000Z',
      })
      .execute();

  it('purges on schedule with the injected clock and audits each purge', async () => {
    expect(await events()).toBeGreaterThan(0);
    const timer = startRetentionTimer(fx.database.db, quietLog(), {
      firstRunMs: 5_000,
      intervalMs: 60_000,
      now: () => NOW,
    });
    await vi.advanceTimersByTimeAsync(4_999);
    expect(timer.runs()).toBe(0);
    expect(await events()).toBeGreaterThan(0);
    await vi.advanceTimersByTimeAsync(1);
    await until(() => timer.runs() === 1, 'the first run');
    expect(await events()).toBe(0);
    const first = await audits('retention_purge');
    expect(first).toHaveLength(1);
    expect(first[0]).toMatchObject({ actor_kind: 'system', actor_id: null, subject: 'events' });
    expect(JSON.parse(first[0]!.details)).toMatchObject({
      eventsDays: 30,
      cutoff: '2026-11-20T00:00:00.000Z',
    });

    await addOldEvent();
    await vi.advanceTimersByTimeAsync(59_999);
    expect(timer.runs()).toBe(1);
    await vi.advanceTimersByTimeAsync(1);
    await until(() => timer.runs() === 2, 'the second run');
    expect(await events()).toBe(0);
    expect(await audits('retention_purge')).toHaveLength(2);
    await timer.stop();
  });

  it('logs and audits a failing run, then carries on with the next', async () => {
    await addOldEvent();
    const log = quietLog();
    const purge = vi
      .fn<typeof purgeExpiredEvents>()
      .mockRejectedValueOnce(new Error('database is locked'))
      .mockImplementation(purgeExpiredEvents);
    const timer = startRetentionTimer(fx.database.db, log, {
      firstRunMs: 1_000,
      intervalMs: 10_000,
      now: () => NOW,
      purge,
    });
    await vi.advanceTimersByTimeAsync(1_000);
    await until(() => timer.runs() === 1, 'the failing run');
    expect(log.error).toHaveBeenCalledTimes(1);
    expect(await events()).toBe(1);
    const failed = await audits('retention_purge_failed');
    expect(failed).toHaveLength(1);
    expect(JSON.parse(failed[0]!.details)).toEqual({ message: 'database is locked' });

    await vi.advanceTimersByTimeAsync(10_000);
    await until(() => timer.runs() === 2, 'the run after it');
    expect(purge).toHaveBeenCalledTimes(2);
    expect(await events()).toBe(0);
    await timer.stop();
  });

  it('never starts a run while one is still going', async () => {
    const slow = deferred();
    const purge = vi.fn(async () => {
      await slow.promise;
      return { deleted: 0, cutoff: null };
    });
    const timer = startRetentionTimer(fx.database.db, quietLog(), {
      firstRunMs: 1_000,
      intervalMs: 1_000,
      purge,
    });
    await vi.advanceTimersByTimeAsync(10_000);
    expect(purge).toHaveBeenCalledTimes(1);
    slow.resolve();
    await until(() => timer.runs() === 1, 'the slow run');
    await vi.advanceTimersByTimeAsync(1_000);
    await until(() => purge.mock.calls.length === 2, 'the next run');
    await timer.stop();
  });

  it('starts with the server and stops when it closes, waiting for a run in progress', async () => {
    const slow = deferred();
    const purge = vi.fn(async () => {
      await slow.promise;
      return { deleted: 0, cutoff: null };
    });
    const app = await buildApp({
      database: fx.database,
      retention: { firstRunMs: 1_000, intervalMs: 1_000, purge },
    });
    await vi.advanceTimersByTimeAsync(5_000);
    expect(purge).not.toHaveBeenCalled();
    await app.ready();
    await vi.advanceTimersByTimeAsync(1_000);
    expect(purge).toHaveBeenCalledTimes(1);
    let closed = false;
    const closing = app.close().then(() => (closed = true));
    await vi.advanceTimersByTimeAsync(0);
    await new Promise((r) => setImmediate(r));
    expect(closed).toBe(false);
    slow.resolve();
    await closing;
    await vi.advanceTimersByTimeAsync(60_000);
    expect(purge).toHaveBeenCalledTimes(1);
  });
});
