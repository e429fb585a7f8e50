import { describe, expect, it } from 'vitest';
import {
  EVENT_TYPES,
  SessionEventSchema,
  type EventType,
} from '../../../src/core/schemas/events.ts';

const base = {
  id: '3f2a1b4c-5d6e-4f70-8a9b-0c1d2e3f4a5b',
  sessionId: '6c1b8d2f-3e4a-4b5c-9d6e-7f8a9b0c1d2e',
  tMs: 1200,
  at: '2026-12-01T12:00:00.000Z',
};

/** One valid example of every event type: the model the issue names, and the gaps filled. */
const EXAMPLES: Record<EventType, unknown> = {
  session_started: { mode: 'vr' },
  phase_changed: { step: 'intro' },
  breath_phase: { kind: 'in', cycle: 3 },
  caption_shown: { key: 'beach.intro.1', language: 'cy' },
  paused: { by: 'resident' },
  resumed: { by: 'staff' },
  pattern_changed: { pattern: 'box' },
  call_staff: {},
  measure_answered: {
    measureId: '7d2c9e3a-4f5b-4c6d-8e7f-8a9b0c1d2e3f',
    instrumentId: 'mood_faces',
    timing: 'pre',
    complete: true,
  },
  measures_started: { stage: 'before', instruments: 1 },
  measures_ended: { stage: 'after', timedOut: 0 },
  storage_status: { storage: 'best-effort' },
  exited: { reason: 'exited_by_resident' },
  completed: {},
  extended: { minutes: 5, by: 'staff' },
  ended_by_staff: {},
  social_joined: {
    member: 'g-1',
    memberKind: 'guest',
    seat: null,
    waiting: true,
    memberSession: null,
  },
  social_admitted: { member: 'g-1', by: 'u-1', seat: 3 },
  social_left: { member: 'g-1', memberKind: 'guest' },
  social_removed: { member: 'g-1', by: 'u-1' },
  social_muted: { member: 'g-1', by: 'u-1', muted: true, self: false },
  social_activity: { activity: 'lanterns', by: 'u-1', startAtMs: 1_000 },
  social_lantern: { member: 'g-1' },
  social_ended: { by: 'u-1' },
  error: { message: 'audio context could not start' },
};

describe('the session event model', () => {
  it('has the events the issue names, each with a UUID, session, t_ms and wall-clock time', () => {
    for (const type of [
      'session_started',
      'phase_changed',
      'caption_shown',
      'paused',
      'resumed',
      'pattern_changed',
      'call_staff',
      'measure_answered',
      'exited',
      'completed',
      'error',
    ]) {
      expect(EVENT_TYPES).toContain(type);
    }
    expect(Object.keys(EXAMPLES).sort()).toEqual([...EVENT_TYPES].sort());
  });

  it.each(EVENT_TYPES)('accepts a well-formed %s and refuses it without its envelope', (type) => {
    const event = { ...base, type, data: EXAMPLES[type] };
    expect(SessionEventSchema.parse(event)).toEqual(event);
    for (const key of ['id', 'sessionId', 'tMs', 'at'] as const) {
      const { [key]: _gone, ...rest } = event;
      expect(SessionEventSchema.safeParse(rest).success, `${type} without ${key}`).toBe(false);
    }
    expect(
      SessionEventSchema.safeParse({ ...event, data: { ...(EXAMPLES[type] as object), x: 1 } })
        .success,
    ).toBe(false);
  });

  it('keeps accepting a measure_answered written by an older build (measure id only)', () => {
    const old = { ...base, type: 'measure_answered', data: { measureId: base.id } };
    expect(SessionEventSchema.safeParse(old).success).toBe(true);
  });

  it.each([
    ['a negative t_ms', { tMs: -1 }],
    ['a fractional t_ms', { tMs: 1.5 }],
    ['a time without an offset', { at: '2026-12-01T12:00:00' }],
    ['a session id that is not a UUID', { sessionId: 'abc' }],
  ])('refuses %s', (_what, over) => {
    const event = { ...base, type: 'completed', data: {}, ...over };
    expect(SessionEventSchema.safeParse(event).success).toBe(false);
  });
});
