import type { FastifyBaseLogger, FastifyInstance } from 'fastify';
import type { Kysely } from 'kysely';
import type { Schema } from '../db/schema.ts';
import { appendAudit, type AuditActor } from './audit.ts';
import { purgeExpiredEvents } from './retention.ts';

type Db = Kysely<Schema>;

/**
 * The scheduled retention purge: soon after start, then every interval, while the app is up.
 * Runs never overlap (the next is scheduled when one finishes), a failing run is logged and
 * audited and the schedule carries on, and stopping waits for a run in progress so the database
 * is never closed under it.
 */

export const RETENTION_INTERVAL_MS = 60 * 60_000;
export const RETENTION_FIRST_RUN_MS = 5_000;
const SYSTEM: AuditActor = { kind: 'system', id: null };

export interface RetentionTimerOptions {
  /** Between the end of one run and the start of the next (default hourly). */
  intervalMs?: number;
  /** From start to the first run (default 5 s, so start-up is not slowed). */
  firstRunMs?: number;
  /** The clock the cut-off is computed from (tests move it). */
  now?: () => number;
  /** The purge itself (tests make it fail). */
  purge?: typeof purgeExpiredEvents;
}

export interface RetentionTimer {
  /** Stops the schedule; resolves when a run in progress has finished. */
  stop: () => Promise<void>;
  /** Runs finished so far, failed ones included. */
  runs: () => number;
}

export function startRetentionTimer(
  db: Db,
  log: Pick<FastifyBaseLogger, 'error'>,
  o: RetentionTimerOptions = {},
): RetentionTimer {
  const interval = o.intervalMs ?? RETENTION_INTERVAL_MS;
  const now = o.now ?? Date.now;
  const purge = o.purge ?? purgeExpiredEvents;
  let stopped = false;
  let timer: NodeJS.Timeout | null = null;
  let current: Promise<void> | null = null;
  let runs = 0;

  const runOnce = async () => {
    try {
      await purge(db, SYSTEM, now());
    } catch (err) {
      log.error({ err }, 'retention purge failed');
      const message = err instanceof Error ? err.message : String(err);
      await appendAudit(db, SYSTEM, 'retention_purge_failed', 'events', { message }).catch(
        (e: unknown) => log.error({ err: e }, 'could not audit the failed retention purge'),
      );
    } finally {
      runs++;
    }
  };
  const schedule = (ms: number) => {
    timer = setTimeout(() => {
      timer = null;
      if (stopped) return;
      current = runOnce().finally(() => {
        current = null;
        if (!stopped) schedule(interval);
      });
    }, ms);
    timer.unref();
  };
  schedule(o.firstRunMs ?? RETENTION_FIRST_RUN_MS);

  return {
    stop: async () => {
      stopped = true;
      if (timer) clearTimeout(timer);
      timer = null;
      await current;
    },
    runs: () => runs,
  };
}

/** Starts the timer when the app is ready and stops it (awaiting a running purge) on close. */
export function scheduleRetention(
  app: FastifyInstance,
  db: Db,
  o: RetentionTimerOptions = {},
): void {
  let timer: RetentionTimer | null = null;
  app.addHook('onReady', async () => {
    timer = startRetentionTimer(db, app.log, o);
  });
  app.addHook('onClose', async () => {
    await timer?.stop();
  });
}
