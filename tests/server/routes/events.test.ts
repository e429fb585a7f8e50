import { describe, expect, it } from 'vitest';
import { MAX_EVENTS_PER_BATCH } from '../../../src/core/schemas/events.ts';
import { TEST_DATABASES, appWithSession } from '../databases.ts';

const SESSION = '5b0a7c1e-2d3f-4a5b-8c6d-7e8f9a0b1c2d';
let n = 0;
function event(over: Record<string, unknown> = {}) {
  n++;
  return {
    id: `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`,
    sessionId: SESSION,
    tMs: n * 1000,
    at: new Date(Date.now() - 60_000 + n).toISOString(),
    type: 'caption_shown',
    data: { key: 'beach.intro.1', language: 'en' },
    ...over,
  };
}

describe.each(TEST_DATABASES)('event ingest on $name', (t) => {
  const h = appWithSession(t, SESSION);
  const send = (events: unknown) =>
    h.app.inject({
      method: 'POST',
      url: '/api/events/batch',
      headers: h.people.headset.headers,
      payload: { events } as object,
    });
  const stored = async () =>
    (
      await h.app.inject({
        url: `/api/sessions/${SESSION}/events`,
        headers: h.people.staff.headers,
      })
    ).json().events;

  it('stores a batch, and treats the same batch again as a no-op success', async () => {
    const batch = [event(), event({ type: 'breath_phase', data: { kind: 'in', cycle: 0 } })];
    const first = await send(batch);
    expect(first.statusCode).toBe(200);
    expect(first.json()).toEqual({ accepted: batch.map((e) => e.id), stored: 2, duplicates: 0 });
    const again = await send(batch);
    expect(again.json()).toEqual({ accepted: batch.map((e) => e.id), stored: 0, duplicates: 2 });
    expect(await stored()).toHaveLength(2);
  });

  it('refuses a known id with a different payload (409) and stores nothing of that batch', async () => {
    const before = await stored();
    const known = before[0];
    const r = await send([event(), { ...known, tMs: known.tMs + 1 }]);
    expect(r.statusCode).toBe(409);
    expect(r.json().message).toMatch(/different data/);
    expect(await stored()).toEqual(before);
  });

  it('refuses the same id twice in one batch with different data', async () => {
    const e = event();
    const r = await send([e, { ...e, tMs: 1 }]);
    expect(r.statusCode).toBe(409);
  });

  it.each([
    [
      'a future-dated event',
      () => [event({ at: new Date(Date.now() + 3_600_000).toISOString() })],
      400,
      /future/,
    ],
    [
      'an unknown session',
      () => [event({ sessionId: '99999999-9999-4999-8999-999999999999' })],
      422,
      /not known/,
    ],
    ['an unknown event type', () => [event({ type: 'teleported' })], 400, /not valid/],
    ['wrong-typed data', () => [event({ data: { key: 7, language: 'en' } })], 400, /not valid/],
    ['extra fields', () => [event({ extra: true })], 400, /not valid/],
    ['a negative time', () => [event({ tMs: -5 })], 400, /not valid/],
    ['an empty batch', () => [], 400, /not valid/],
    [
      'too many events',
      () => Array.from({ length: MAX_EVENTS_PER_BATCH + 1 }, () => event()),
      400,
      /not valid/,
    ],
  ])('answers %s with a clear 4xx and changes nothing', async (_name, make, status, message) => {
    const before = await stored();
    const r = await send(make());
    expect(r.statusCode).toBe(status);
    expect(r.json().message).toMatch(message);
    expect(await stored()).toEqual(before);
  });

  it('keeps a batch all-or-nothing when one event in it is bad', async () => {
    const before = await stored();
    const r = await send([event(), event(), event({ at: 'not a date' })]);
    expect(r.statusCode).toBe(400);
    expect(r.json().issues[0].path).toMatch(/^events\.2/);
    expect(await stored()).toEqual(before);
  });
});
