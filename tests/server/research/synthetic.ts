import { createHash } from 'node:crypto';
import type { Insertable, Kysely } from 'kysely';
import { findInstrument } from '../../../src/core/instruments/registry.ts';
import { scoreMeasure } from '../../../src/core/instruments/scoring.ts';
import type { Schema } from '../../../src/server/db/schema.ts';
import { testUuid } from './builders.ts';

/**
 * A large, plausible, seeded dataset for the bench and the browser test: sites, consented and
 * non-consented residents, sessions over a year in two scenes with mood/SUDS before and after
 * (mood tends to rise, tension to fall), comfort checks and many events. Inserted in bulk.
 */

export interface SyntheticOptions {
  sessions: number;
  eventsPerSession: number;
  residents?: number;
  seed?: number;
  /** Rows per INSERT statement. */
  batch?: number;
}

/** mulberry32: small, fast and seeded, so every run makes the same data. */
function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const uuid = testUuid;

export const SYNTH_SITES = [
  { id: '5a100000-0000-4000-8000-000000000001', name: 'Ty Hafod Care Home' },
  { id: '5a100000-0000-4000-8000-000000000002', name: 'Maes-y-Coed House' },
  { id: '5a100000-0000-4000-8000-000000000003', name: 'Seaview Court' },
];

export async function insertSynthetic(db: Kysely<Schema>, o: SyntheticOptions): Promise<void> {
  const rand = prng(o.seed ?? 42);
  const batch = o.batch ?? 500;
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rand() * xs.length)]!;
  const clamp = (v: number, lo: number, hi: number) => Math.max(lo, Math.min(hi, Math.round(v)));
  await db
    .insertInto('sites')
    .values(SYNTH_SITES)
    .onConflict((c) => c.doNothing())
    .execute();
  const nRes = o.residents ?? Math.max(10, Math.ceil(o.sessions / 20));
  const residents = Array.from({ length: nRes }, (_, i) => ({
    id: uuid('ae100000', i + 1),
    site_id: SYNTH_SITES[i % SYNTH_SITES.length]!.id,
    code: `R-${String(i + 1).padStart(5, '0')}`,
    label: `Resident ${i + 1}`,
    consent: i % 10 === 9 ? 'no' : i % 17 === 16 ? 'withdrawn' : 'yes',
  }));
  for (let i = 0; i < residents.length; i += batch) {
    await db
      .insertInto('residents')
      .values(residents.slice(i, i + batch))
      .execute();
  }

  const mood = findInstrument('mood_faces')!;
  const suds = findInstrument('suds')!;
  const sick = findInstrument('sickness_check')!;
  const measureRow = (
    id: string,
    sessionId: string,
    def: typeof mood,
    timing: string,
    value: number,
    at: number,
  ) => {
    const answers = [{ linkId: def.items[0]!.linkId, value }];
    return {
      id,
      session_id: sessionId,
      instrument_id: def.id,
      instrument_version: def.version,
      timing,
      respondent: rand() < 0.8 ? 'self' : 'staff',
      answers: JSON.stringify(answers),
      score: JSON.stringify(scoreMeasure(def, answers)),
      answered_at: new Date(at).toISOString(),
      payload_hash: createHash('sha256').update(id).digest('hex'),
    };
  };

  const t0 = Date.parse('2026-01-05T09:00:00.000Z');
  const year = 330 * 86_400_000;
  let m = 0;
  let e = 0;
  const sessions: Insertable<Schema['sessions']>[] = [];
  const measures: ReturnType<typeof measureRow>[] = [];
  const events: Insertable<Schema['events']>[] = [];
  // Sessions first: measures and events refer to them.
  const flush = async (force: boolean) => {
    if (!force && sessions.length < batch && measures.length < batch && events.length < batch)
      return;
    if (sessions.length) await db.insertInto('sessions').values(sessions.splice(0)).execute();
    if (measures.length) await db.insertInto('measures').values(measures.splice(0)).execute();
    while (events.length) await db.insertInto('events').values(events.splice(0, batch)).execute();
  };
  for (let i = 0; i < o.sessions; i++) {
    const id = uuid('5e100000', i + 1);
    const r = residents[Math.floor(rand() * residents.length)]!;
    const scene = rand() < 0.55 ? 'beach' : 'aurora';
    const lengthMin = pick([3, 5, 5, 5, 10, 15]);
    const start = t0 + Math.floor((i / o.sessions) * year) + Math.floor(rand() * 8) * 3_600_000;
    const roll = rand();
    const endReason =
      roll < 0.82
        ? 'completed'
        : roll < 0.93
          ? 'exited_by_resident'
          : roll < 0.98
            ? 'interrupted'
            : null;
    const ranMs =
      endReason === 'completed'
        ? lengthMin * 60_000 + 40_000
        : Math.floor(rand() * lengthMin * 60_000);
    sessions.push({
      id,
      scene,
      length_min: lengthMin,
      language: rand() < 0.2 ? 'cy' : 'en',
      pattern: pick(['coherent', 'coherent', 'extended_exhale', 'box']),
      started_at: new Date(start).toISOString(),
      ended_at: endReason ? new Date(start + ranMs).toISOString() : null,
      end_reason: endReason,
      created_at: new Date(start).toISOString(),
      site_id: r.site_id,
      headset_id: null,
      resident_id: r.id,
    });
    const moodPre = clamp(2 + rand() * 3, 1, 5);
    measures.push(measureRow(uuid('3e100000', ++m), id, mood, 'pre', moodPre, start + 5_000));
    if (endReason) {
      const lift = scene === 'beach' ? 0.6 : 0.4;
      measures.push(
        measureRow(
          uuid('3e100000', ++m),
          id,
          mood,
          'post',
          clamp(moodPre + lift + (rand() - 0.5) * 2, 1, 5),
          start + ranMs - 20_000,
        ),
      );
      if (rand() < 0.4) {
        const pre = clamp(rand() * 8, 0, 10);
        measures.push(measureRow(uuid('3e100000', ++m), id, suds, 'pre', pre, start + 8_000));
        measures.push(
          measureRow(
            uuid('3e100000', ++m),
            id,
            suds,
            'post',
            clamp(pre - 1.5 + (rand() - 0.5) * 3, 0, 10),
            start + ranMs - 15_000,
          ),
        );
      }
      measures.push(
        measureRow(
          uuid('3e100000', ++m),
          id,
          sick,
          'post',
          rand() < 0.9 ? 0 : rand() < 0.8 ? 1 : 2,
          start + ranMs - 10_000,
        ),
      );
    }
    for (let k = 0; k < o.eventsPerSession; k++) {
      const tMs = Math.floor((k / o.eventsPerSession) * Math.max(ranMs, 60_000));
      const type = k === 0 ? 'session_started' : 'breath_phase';
      const data =
        k === 0 ? { mode: 'vr' } : { kind: k % 2 ? 'in' : 'out', cycle: Math.floor(k / 2) };
      events.push({
        id: uuid('ee100000', ++e),
        session_id: id,
        type,
        t_ms: tMs,
        at: new Date(start + tMs).toISOString(),
        data: JSON.stringify(data),
        payload_hash: 'synthetic',
        received_at: new Date(start + tMs + 1000).toISOString(),
      });
    }
    await flush(false);
  }
  await flush(true);
}
