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
  const post = (
    payload: unknown,
    session = SESSION,
    who: { headers: Record<string, string> } | null = h.people?.staff,
  ) =>
    h.app.inject({
      method: 'POST',
      url: `/api/sessions/${session}/notes`,
      headers: who?.headers ?? {},
      payload: payload as object,
    });
  const stored = async () =>
    (
      await h.app.inject({
        url: `/api/sessions/${SESSION}/notes`,
        headers: h.people.researcher.headers,
      })
    ).json().notes;

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
        authorId: h.people.staff.userId,
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

  it("lets only staff of the session's site write notes, and only staff and researchers read them", async () => {
    const before = await stored();
    const fresh = () => note({ id: crypto.randomUUID() });
    expect((await post(fresh(), SESSION, null)).statusCode).toBe(401);
    expect((await post(fresh(), SESSION, h.people.headset)).statusCode).toBe(403);
    expect((await post(fresh(), SESSION, h.people.researcher)).statusCode).toBe(403);
    // Another site's staff are told the session does not exist.
    expect((await post(fresh(), SESSION, h.people.otherStaff)).statusCode).toBe(404);
    const read = (who: { headers: Record<string, string> }) =>
      h.app.inject({ url: `/api/sessions/${SESSION}/notes`, headers: who.headers });
    expect((await read(h.people.headset)).statusCode).toBe(403);
    expect((await read(h.people.otherStaff)).statusCode).toBe(404);
    expect((await read(h.people.staff)).statusCode).toBe(200);
    // An admin may write too.
    expect((await post(fresh(), SESSION, h.people.admin)).statusCode).toBe(201);
    expect((await stored()).length).toBe(before.length + 1);
  });

  it('refuses a body that is not JSON, or is malformed', async () => {
    const before = await stored();
    const bad = await h.app.inject({
      method: 'POST',
      url: `/api/sessions/${SESSION}/notes`,
      headers: { ...h.people.staff.headers, 'content-type': 'application/json' },
      payload: '{"id": ',
    });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error).toBe('invalid_json');
    const text = await h.app.inject({
      method: 'POST',
      url: `/api/sessions/${SESSION}/notes`,
      headers: { ...h.people.staff.headers, 'content-type': 'text/plain' },
      payload: 'calm',
    });
    expect(text.statusCode).toBe(415);
    expect(await stored()).toEqual(before);
  });
});
