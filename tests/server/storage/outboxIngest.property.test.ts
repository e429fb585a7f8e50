import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SessionEvent } from '../../../src/core/schemas/events.ts';
import {
  EMPTY_OUTBOX,
  acknowledge,
  dueBatch,
  enqueue,
  makeAllDue,
  sendFailed,
  type Outbox,
} from '../../../src/core/sync/outbox.ts';
import type { Database } from '../../../src/server/db/database.ts';
import { ingestEvents, listEvents } from '../../../src/server/storage/events.ts';
import { createSession } from '../../../src/server/storage/sessions.ts';
import { TEST_DATABASES, openMigrated } from '../databases.ts';

/**
 * The logger's promise, as a property: whatever happens between the outbox and the server — sends,
 * duplicate sends, lost acknowledgements, failed sends, restarts of the headset — once the network
 * is back and the outbox drains, the server holds exactly one copy of every event ever written.
 */

type Step =
  | { kind: 'write' }
  | { kind: 'send'; max: number; outcome: 'ok' | 'lost_ack' | 'failed' | 'duplicated' }
  | { kind: 'restart' }
  | { kind: 'wait'; ms: number };

const step: fc.Arbitrary<Step> = fc.oneof(
  { weight: 4, arbitrary: fc.constant<Step>({ kind: 'write' }) },
  {
    weight: 4,
    arbitrary: fc.record({
      kind: fc.constant('send' as const),
      max: fc.integer({ min: 1, max: 8 }),
      outcome: fc.constantFrom(
        'ok' as const,
        'lost_ack' as const,
        'failed' as const,
        'duplicated' as const,
      ),
    }),
  },
  { weight: 1, arbitrary: fc.constant<Step>({ kind: 'restart' }) },
  {
    weight: 2,
    arbitrary: fc.record({
      kind: fc.constant('wait' as const),
      ms: fc.integer({ min: 0, max: 70_000 }),
    }),
  },
);

describe.each(TEST_DATABASES)('outbox and ingest on $name', (t) => {
  let database: Database;
  beforeAll(async () => {
    database = await openMigrated(t);
  });
  afterAll(() => database.close());

  it('ends with exactly one stored copy of every event, whatever the interleaving', async () => {
    let run = 0;
    await fc.assert(
      fc.asyncProperty(fc.array(step, { minLength: 1, maxLength: 40 }), async (steps) => {
        run++;
        const sessionId = `aaaaaaaa-0000-4000-8000-${String(run).padStart(12, '0')}`;
        await createSession(database.db, {
          id: sessionId,
          scene: 'beach',
          lengthMin: 3,
          language: 'en',
          pattern: 'coherent',
          startedAt: new Date(Date.now() - 600_000).toISOString(),
        });
        const written: SessionEvent[] = [];
        // What IndexedDB holds: every step's result is persisted before the next.
        let persisted: Outbox<SessionEvent> = EMPTY_OUTBOX;
        let now = 0;
        const write = () => {
          const e: SessionEvent = {
            id: `bbbbbbbb-${String(run).padStart(4, '0')}-4000-8000-${String(written.length).padStart(12, '0')}`,
            sessionId,
            tMs: written.length * 100,
            at: new Date(Date.now() - 300_000 + written.length).toISOString(),
            type: 'breath_phase',
            data: { kind: written.length % 2 ? 'out' : 'in', cycle: written.length },
          };
          written.push(e);
          persisted = enqueue(persisted, e.id, e, now);
        };
        const send = async (max: number, outcome: Extract<Step, { kind: 'send' }>['outcome']) => {
          const batch = dueBatch(persisted, now, max);
          if (batch.length === 0) return;
          const events = batch.map((i) => i.payload);
          const ids = batch.map((i) => i.id);
          if (outcome === 'failed') {
            persisted = sendFailed(persisted, ids, now);
            return;
          }
          const result = await ingestEvents(database.db, events, Date.now());
          if (outcome === 'duplicated') await ingestEvents(database.db, events, Date.now());
          persisted =
            outcome === 'lost_ack'
              ? sendFailed(persisted, ids, now)
              : acknowledge(persisted, result.accepted);
        };

        for (const s of steps) {
          if (s.kind === 'write') write();
          else if (s.kind === 'send') await send(s.max, s.outcome);
          else if (s.kind === 'restart') persisted = makeAllDue(persisted, now);
          else now += s.ms;
        }
        // The network is back: drain until empty.
        for (let guard = 0; persisted.items.length > 0 && guard < 1000; guard++) {
          now += 61_000;
          await send(50, 'ok');
        }
        expect(persisted.items).toEqual([]);
        const stored = await listEvents(database.db, sessionId);
        expect(stored.map((e) => e.id).sort()).toEqual(written.map((e) => e.id).sort());
        const byId = new Map(written.map((e) => [e.id, e]));
        for (const e of stored)
          expect(e).toEqual({ ...byId.get(e.id), at: new Date(byId.get(e.id)!.at).toISOString() });
      }),
      { numRuns: t.name === 'sqlite' ? 150 : 40 },
    );
  }, 120_000);
});
