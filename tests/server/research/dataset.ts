import type { Kysely } from 'kysely';
import type { SessionEvent } from '../../../src/core/schemas/events.ts';
import type { Measure } from '../../../src/core/schemas/measures.ts';
import type { Schema } from '../../../src/server/db/schema.ts';
import { singleItemMeasure, testUuid } from './builders.ts';
import { ingestEvents } from '../../../src/server/storage/events.ts';
import { recordMeasure } from '../../../src/server/storage/measures.ts';
import { createSession, endSession } from '../../../src/server/storage/sessions.ts';

/**
 * A fixed, seeded research dataset: two sites, residents of every consent state, sessions in two
 * scenes with mood/SUDS before and after, comfort checks, a UCLA-3 baseline, and events including
 * an error whose free text names a person. Every id and time is fixed, so exports are golden.
 */

export const SITES = [
  { id: '5a000000-0000-4000-8000-000000000001', name: 'Oak House Care Home' },
  { id: '5a000000-0000-4000-8000-000000000002', name: 'Bryn Celyn Residential' },
];

export const RESIDENTS = [
  {
    id: 'ae000000-0000-4000-8000-000000000001',
    site: 0,
    code: 'OAK-014',
    label: 'Margaret Evans, room 4',
    consent: 'yes',
  },
  {
    id: 'ae000000-0000-4000-8000-000000000002',
    site: 0,
    code: 'OAK-022',
    label: 'Dilys Price, room 9',
    consent: 'yes',
  },
  {
    id: 'ae000000-0000-4000-8000-000000000003',
    site: 1,
    code: 'BRYN-007',
    label: 'Gwilym Hughes',
    consent: 'yes',
  },
  {
    id: 'ae000000-0000-4000-8000-000000000004',
    site: 1,
    code: 'BRYN-031',
    label: 'Eirlys Jones',
    consent: 'no',
  },
  {
    id: 'ae000000-0000-4000-8000-000000000005',
    site: 0,
    code: 'OAK-040',
    label: 'Tom Baker',
    consent: 'withdrawn',
  },
] as const;

export const ERASED = { id: 'ae000000-0000-4000-8000-000000000006', code: 'OAK-051' };

/** Texts that must never appear in any export (site names, resident codes and labels, free text). */
export const FREE_TEXT = 'Nurse Sian saw Margaret wobble by the window';
export const FORBIDDEN = [
  ...SITES.map((s) => s.name),
  ...RESIDENTS.flatMap((r) => [r.code, r.label]),
  ...RESIDENTS.map((r) => r.id),
  ...SITES.map((s) => s.id),
  ERASED.code,
  ERASED.id,
  FREE_TEXT,
];

const sid = (n: number) => testUuid('5e000000', n);
const mid = (n: number) => testUuid('3e000000', n);
const eid = (n: number) => testUuid('ee000000', n);

interface Plan {
  resident: number | null;
  scene: string;
  pattern: string;
  start: string;
  minutes: number;
  end: 'completed' | 'exited_by_resident' | 'interrupted' | null;
  mood?: [number, number];
  suds?: [number, number];
  sick?: number;
  staffMood?: [number, number];
}

const PLANS: Plan[] = [
  {
    resident: 0,
    scene: 'beach',
    pattern: 'coherent',
    start: '2026-11-02T10:00:00.000Z',
    minutes: 5,
    end: 'completed',
    mood: [2, 4],
    suds: [6, 3],
    sick: 0,
  },
  {
    resident: 0,
    scene: 'aurora',
    pattern: 'extended_exhale',
    start: '2026-11-09T10:30:00.000Z',
    minutes: 10,
    end: 'completed',
    mood: [3, 4],
    sick: 1,
  },
  {
    resident: 1,
    scene: 'beach',
    pattern: 'coherent',
    start: '2026-11-03T14:00:00.000Z',
    minutes: 5,
    end: 'exited_by_resident',
    mood: [3, 3],
    sick: 2,
  },
  {
    resident: 1,
    scene: 'beach',
    pattern: 'box',
    start: '2026-11-10T14:00:00.000Z',
    minutes: 5,
    end: 'completed',
    mood: [2, 5],
    suds: [8, 4],
    staffMood: [2, 4],
  },
  {
    resident: 2,
    scene: 'aurora',
    pattern: 'coherent',
    start: '2026-11-04T09:15:00.000Z',
    minutes: 3,
    end: 'completed',
    mood: [4, 5],
    suds: [2, 2],
    sick: 0,
  },
  {
    resident: 2,
    scene: 'beach',
    pattern: 'coherent',
    start: '2026-11-11T09:15:00.000Z',
    minutes: 15,
    end: 'interrupted',
  },
  {
    resident: 2,
    scene: 'aurora',
    pattern: 'coherent',
    start: '2026-11-18T09:15:00.000Z',
    minutes: 5,
    end: null,
    mood: [1, 3],
  },
  {
    resident: 3,
    scene: 'beach',
    pattern: 'coherent',
    start: '2026-11-05T11:00:00.000Z',
    minutes: 5,
    end: 'completed',
    mood: [2, 2],
  },
  {
    resident: 4,
    scene: 'aurora',
    pattern: 'coherent',
    start: '2026-11-06T11:00:00.000Z',
    minutes: 5,
    end: 'completed',
    mood: [3, 4],
  },
  {
    resident: null,
    scene: 'beach',
    pattern: 'coherent',
    start: '2026-11-07T16:00:00.000Z',
    minutes: 3,
    end: 'completed',
    mood: [3, 4],
  },
];

export const CONSENTED_SESSIONS = 7;
const NOW = Date.parse('2026-12-01T00:00:00.000Z');
const iso = (ms: number) => new Date(ms).toISOString();

export async function seedResearchDataset(db: Kysely<Schema>): Promise<void> {
  await db.insertInto('sites').values(SITES).execute();
  await db
    .insertInto('residents')
    .values(
      RESIDENTS.map((r) => ({
        id: r.id,
        site_id: SITES[r.site]!.id,
        code: r.code,
        label: r.label,
        consent: r.consent,
        consent_at: '2026-10-01T00:00:00.000Z',
        preferences: JSON.stringify({ comfortNotes: `${r.label} prefers the window seat` }),
      })),
    )
    .execute();
  // Erased earlier: the row stays, without its label, and has no sessions left.
  await db
    .insertInto('residents')
    .values({
      id: ERASED.id,
      site_id: SITES[0]!.id,
      code: ERASED.code,
      label: null,
      consent: 'yes',
      erased_at: '2026-11-20T12:00:00.000Z',
    })
    .execute();
  let m = 0;
  let e = 0;
  for (const [i, p] of PLANS.entries()) {
    const id = sid(i + 1);
    const t0 = Date.parse(p.start);
    await createSession(db, {
      id,
      scene: p.scene,
      lengthMin: p.minutes as 5,
      language: i % 3 === 2 ? 'cy' : 'en',
      pattern: p.pattern,
      startedAt: p.start,
    });
    const resident = p.resident === null ? null : RESIDENTS[p.resident]!;
    await db
      .updateTable('sessions')
      .set({
        resident_id: resident?.id ?? null,
        site_id: resident ? SITES[resident.site]!.id : SITES[0]!.id,
      })
      .where('id', '=', id)
      .execute();
    const measure = async (
      instrumentId: string,
      timing: Measure['timing'],
      linkId: string,
      value: number,
      at: number,
      respondent: Measure['respondent'] = 'self',
    ) => {
      const measure = { id: mid(++m), sessionId: id, instrumentId, timing, respondent };
      await recordMeasure(
        db,
        singleItemMeasure({ ...measure, linkId, value, answeredAt: iso(at) }),
        NOW,
      );
    };
    const endMs = t0 + p.minutes * 60_000 + 30_000;
    if (p.mood) await measure('mood_faces', 'pre', 'mood', p.mood[0], t0 + 5_000);
    if (p.suds) await measure('suds', 'pre', 'suds', p.suds[0], t0 + 10_000);
    if (p.staffMood)
      await measure('mood_faces', 'pre', 'mood', p.staffMood[0], t0 + 12_000, 'staff');
    const events: SessionEvent[] = [
      {
        id: eid(++e),
        sessionId: id,
        tMs: 0,
        at: iso(t0),
        type: 'session_started',
        data: { mode: i % 2 ? '2d' : 'vr' },
      },
      {
        id: eid(++e),
        sessionId: id,
        tMs: 15_000,
        at: iso(t0 + 15_000),
        type: 'phase_changed',
        data: { step: 'intro' },
      },
      {
        id: eid(++e),
        sessionId: id,
        tMs: 20_000,
        at: iso(t0 + 20_000),
        type: 'caption_shown',
        data: { key: 'beach.intro.1', language: 'en' },
      },
      {
        id: eid(++e),
        sessionId: id,
        tMs: 45_000,
        at: iso(t0 + 45_000),
        type: 'breath_phase',
        data: { kind: 'in', cycle: 0 },
      },
      {
        id: eid(++e),
        sessionId: id,
        tMs: 50_500,
        at: iso(t0 + 50_500),
        type: 'breath_phase',
        data: { kind: 'out', cycle: 0 },
      },
    ];
    if (i === 0) {
      events.push({
        id: eid(++e),
        sessionId: id,
        tMs: 60_000,
        at: iso(t0 + 60_000),
        type: 'error',
        data: { message: FREE_TEXT },
      });
      events.push({
        id: eid(++e),
        sessionId: id,
        tMs: 61_000,
        at: iso(t0 + 61_000),
        type: 'paused',
        data: { by: 'staff' },
      });
      events.push({
        id: eid(++e),
        sessionId: id,
        tMs: 91_000,
        at: iso(t0 + 91_000),
        type: 'resumed',
        data: { by: 'staff' },
      });
    }
    if (p.end === 'exited_by_resident') {
      events.push({
        id: eid(++e),
        sessionId: id,
        tMs: 120_000,
        at: iso(t0 + 120_000),
        type: 'exited',
        data: { reason: 'exited_by_resident' },
      });
    }
    await ingestEvents(db, events, NOW);
    if (p.mood) await measure('mood_faces', 'post', 'mood', p.mood[1], endMs - 20_000);
    if (p.suds) await measure('suds', 'post', 'suds', p.suds[1], endMs - 15_000);
    if (p.staffMood)
      await measure('mood_faces', 'post', 'mood', p.staffMood[1], endMs - 12_000, 'staff');
    if (p.sick !== undefined)
      await measure('sickness_check', 'post', 'sickness', p.sick, endMs - 10_000);
    if (p.end) {
      const endedAt = p.end === 'exited_by_resident' ? t0 + 125_000 : endMs;
      await endSession(db, id, { endedAt: iso(endedAt), endReason: p.end });
    }
    if (i === 0) {
      await recordMeasure(
        db,
        {
          id: mid(++m),
          sessionId: id,
          instrumentId: 'ucla3',
          instrumentVersion: '1.0.0',
          timing: 'baseline',
          respondent: 'staff',
          answers: [
            { linkId: 'companionship', value: 2 },
            { linkId: 'left_out', value: 1 },
            { linkId: 'isolated', declined: true },
          ],
          answeredAt: iso(t0 - 3_600_000),
        },
        NOW,
      );
    }
  }
}

/** A fixed key (64 hex digits) so pseudonyms in the golden files never change. */
export const STUDY_SECRET = '0f1e2d3c4b5a69788796a5b4c3d2e1f00112233445566778899aabbccddeeff0';
export const STUDY = { id: '57000000-0000-4000-8000-000000000001', label: 'Hafan pilot 2026' };

export async function seedStudyKey(db: Kysely<Schema>): Promise<void> {
  await db
    .insertInto('study_keys')
    .values({
      id: STUDY.id,
      label: STUDY.label,
      secret: STUDY_SECRET,
      created_at: '2026-10-01T00:00:00.000Z',
      created_by: null,
      retired_at: null,
    })
    .execute();
}
