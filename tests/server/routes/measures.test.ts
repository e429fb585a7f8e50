import { describe, expect, it } from 'vitest';
import { TEST_DATABASES, appWithSession } from '../databases.ts';

const SESSION = '6c1b8d2f-3e4a-4b5c-9d6e-7f8a9b0c1d2e';
/** Fixed, so the same measure sent twice is the same record. */
const ANSWERED_AT = new Date(Date.now() - 1000).toISOString();
const measure = (over: Record<string, unknown> = {}) => ({
  id: '7d2c9e3a-4f5b-4c6d-8e7f-8a9b0c1d2e3f',
  sessionId: SESSION,
  instrumentId: 'ucla3',
  instrumentVersion: '1.0.0',
  timing: 'baseline',
  respondent: 'staff',
  answers: [
    { linkId: 'companionship', value: 2 },
    { linkId: 'left_out', value: 3 },
    { linkId: 'isolated', value: 1 },
  ],
  answeredAt: ANSWERED_AT,
  ...over,
});

describe.each(TEST_DATABASES)('measures on $name', (t) => {
  const h = appWithSession(t, SESSION);
  const post = (payload: unknown) =>
    h.app.inject({
      method: 'POST',
      url: '/api/measures',
      headers: h.people.headset.headers,
      payload: payload as object,
    });
  const stored = async () =>
    (
      await h.app.inject({
        url: `/api/sessions/${SESSION}/measures`,
        headers: h.people.staff.headers,
      })
    ).json().measures;

  it('stores a measure once, scored on the server from the instrument', async () => {
    const first = await post(measure());
    expect(first.statusCode).toBe(201);
    expect(first.json().score).toMatchObject({ complete: true, score: 6 });
    expect((await post(measure())).statusCode).toBe(200);
    expect(await stored()).toHaveLength(1);
    expect((await stored())[0]).toMatchObject({
      instrumentId: 'ucla3',
      respondent: 'staff',
      timing: 'baseline',
    });
  });

  it.each([
    [
      'different data under a known id',
      () => measure({ answers: [{ linkId: 'companionship', value: 1 }] }),
      409,
    ],
    [
      'an unknown instrument',
      () => measure({ id: crypto.randomUUID(), instrumentId: 'swemwbs' }),
      422,
    ],
    [
      'an answer out of range',
      () => measure({ id: crypto.randomUUID(), answers: [{ linkId: 'left_out', value: 7 }] }),
      400,
    ],
    [
      'a timing the instrument is not asked at',
      () => measure({ id: crypto.randomUUID(), timing: 'pre' }),
      400,
    ],
    [
      'a future date',
      () =>
        measure({
          id: crypto.randomUUID(),
          answeredAt: new Date(Date.now() + 86_400_000).toISOString(),
        }),
      400,
    ],
    [
      'an unknown session',
      () => measure({ id: crypto.randomUUID(), sessionId: crypto.randomUUID() }),
      422,
    ],
    ['a wrong type', () => measure({ id: crypto.randomUUID(), respondent: 'robot' }), 400],
  ])('refuses %s with a clear 4xx and stores nothing', async (_name, make, status) => {
    const before = await stored();
    const r = await post(make());
    expect(r.statusCode).toBe(status);
    expect(r.json().message).toBeTruthy();
    expect(await stored()).toEqual(before);
  });

  it('records "prefer not to say" and timeouts as an incomplete measure, never a wrong score', async () => {
    const r = await post(
      measure({
        id: crypto.randomUUID(),
        answers: [
          { linkId: 'companionship', value: 2 },
          { linkId: 'left_out', declined: true },
          { linkId: 'isolated', timedOut: true },
        ],
      }),
    );
    expect(r.statusCode).toBe(201);
    expect(r.json().score).toMatchObject({
      complete: false,
      score: null,
      missing: ['left_out', 'isolated'],
    });
  });
});
