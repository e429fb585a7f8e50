import { describe, expect, it } from 'vitest';
import { TEST_DATABASES, appWithSession } from '../databases.ts';

const SESSION = '5a0c7e1f-2d3b-4c4d-8e5f-6a7b8c9d0e1f';
const NOTED_AT = new Date(Date.now() - 1000).toISOString();
const note = (over: Record<string, unknown> = {}) => ({
  id: '1e2d3c4b-5a69-4788-9a0b-1c2d3e4f5a6b',
  observations: ['enjoyed', 'calm'],
  text: 'Smiled at the waves',
  notedAt: NOTED_AT,
  ...over,
});

describe.each(TEST_DATABASES)('session notes on $name', (t) => {
  const h = appWithSession(t, SESSION);
  const post = (payload: unknown, session = SESSION) =>
    h.app.inject({
      method: 'POST',
      url: `/api/sessions/${session}/notes`,
      payload: payload as object,
    });
  const stored = async () => (await h.app.inject(`/api/sessions/${SESSION}/notes`)).json().notes;

  it('stores a note once by id, and lists it with the session', async () => {
    const first = await post(note());
    expect(first.statusCode).toBe(201);
    expect(first.json()).toMatchObject({ sessionId: SESSION, observations: ['enjoyed', 'calm'] });
    expect((await post(note())).statusCode).toBe(200);
    expect(await stored()).toEqual([
      {
        id: note().id,
        sessionId: SESSION,
        observations: ['enjoyed', 'calm'],
        text: 'Smiled at the waves',
        notedAt: NOTED_AT,
        authorId: null,
      },
    ]);
  });

  it('keeps several notes of a session in time order', async () => {
    const later = note({
      id: crypto.randomUUID(),
      observations: ['asleep'],
      text: '',
      notedAt: new Date().toISOString(),
    });
    expect((await post(later)).statusCode).toBe(201);
    const notes = await stored();
    expect(notes.map((n: { observations: string[] }) => n.observations)).toEqual([
      ['enjoyed', 'calm'],
      ['asleep'],
    ]);
  });

  it.each([
    ['different data under a known id', () => note({ text: 'Seemed restless' }), 409],
    ['an unknown session', () => note({ id: crypto.randomUUID() }), 404, crypto.randomUUID()],
    ['a session id that is not a UUID', () => note({ id: crypto.randomUUID() }), 400, 'nope'],
    [
      'nothing observed and no text',
      () => note({ id: crypto.randomUUID(), observations: [], text: '' }),
      400,
    ],
    [
      '"other" with no words',
      () => note({ id: crypto.randomUUID(), observations: ['other'], text: ' ' }),
      400,
    ],
    [
      'an unknown observation',
      () => note({ id: crypto.randomUUID(), observations: ['bored'] }),
      400,
    ],
    [
      'a text over 500 characters',
      () => note({ id: crypto.randomUUID(), text: 'x'.repeat(501) }),
      400,
    ],
    ['an unknown field', () => note({ id: crypto.randomUUID(), residentName: 'Mair' }), 400],
    ['a wrong type', () => note({ id: crypto.randomUUID(), observations: 'calm' }), 400],
    [
      'a future date',
      () =>
        note({ id: crypto.randomUUID(), notedAt: new Date(Date.now() + 86_400_000).toISOString() }),
      400,
    ],
  ] as [string, () => unknown, number, string?][])(
    'refuses %s with a clear 4xx and stores nothing',
    async (_name, make, status, session) => {
      const before = await stored();
      const r = await post(make(), session);
      expect(r.statusCode).toBe(status);
      expect(r.json().message).toBeTruthy();
      expect(await stored()).toEqual(before);
    },
  );

  it('refuses a body that is not JSON, or is malformed', async () => {
    const before = await stored();
    const bad = await h.app.inject({
      method: 'POST',
      url: `/api/sessions/${SESSION}/notes`,
      headers: { 'content-type': 'application/json' },
      payload: '{"id": ',
    });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error).toBe('invalid_json');
    const text = await h.app.inject({
      method: 'POST',
      url: `/api/sessions/${SESSION}/notes`,
      headers: { 'content-type': 'text/plain' },
      payload: 'calm',
    });
    expect(text.statusCode).toBe(415);
    expect(await stored()).toEqual(before);
  });
});
