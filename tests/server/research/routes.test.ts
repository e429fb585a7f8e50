import { createHash } from 'node:crypto';
import { beforeAll, describe, expect, it } from 'vitest';
import { researchFixture } from './fixture.ts';
import { TEST_DATABASES } from '../databases.ts';
import { RESIDENTS, STUDY } from './dataset.ts';
import { headersFor } from './roles.ts';

describe.each(TEST_DATABASES)('research routes on $name', (t) => {
  const fx = researchFixture(t, { app: true });
  let researcher: Record<string, string>;
  let admin: Record<string, string>;
  beforeAll(async () => {
    researcher = await headersFor(fx.app, fx.database, 'researcher');
    admin = await headersFor(fx.app, fx.database, 'admin');
  });
  const audits = async (action: string) =>
    fx.database.db.selectFrom('audit_log').selectAll().where('action', '=', action).execute();

  it('refuses to export before an admin has made a study key, and writes nothing', async () => {
    const r = await fx.app.inject({ url: '/api/research/export?format=json', headers: researcher });
    expect(r.statusCode).toBe(409);
    expect(r.json()).toMatchObject({
      error: 'conflict',
      message: expect.stringMatching(/study key/),
    });
    expect(await audits('export')).toHaveLength(0);
  });

  it('lets an admin make a study key; the secret is shown to the admin, never in lists', async () => {
    const bad = await fx.app.inject({
      method: 'POST',
      url: '/api/admin/study-keys',
      headers: admin,
      payload: { label: 'x', secretHex: 'abc' },
    });
    expect(bad.statusCode).toBe(400);
    expect(
      bad
        .json()
        .issues.map((i: { path: string }) => i.path)
        .sort(),
    ).toEqual(['label', 'secretHex']);
    const r = await fx.app.inject({
      method: 'POST',
      url: '/api/admin/study-keys',
      headers: admin,
      payload: { label: STUDY.label },
    });
    expect(r.statusCode).toBe(201);
    const key = r.json() as { id: string; secretHex: string };
    expect(key.secretHex).toMatch(/^[0-9a-f]{64}$/);
    const again = await fx.app.inject({
      method: 'POST',
      url: '/api/admin/study-keys',
      headers: admin,
      payload: { label: STUDY.label },
    });
    expect(again.statusCode).toBe(409);
    const list = await fx.app.inject({ url: '/api/admin/study-keys', headers: admin });
    expect(list.body).not.toContain(key.secretHex);
    const options = await fx.app.inject({ url: '/api/research/options', headers: researcher });
    expect(options.statusCode).toBe(200);
    expect(options.body).not.toContain(key.secretHex);
    expect(options.json().studies).toEqual([
      expect.objectContaining({ id: key.id, label: STUDY.label }),
    ]);
    const secret = await fx.app.inject({
      url: `/api/admin/study-keys/${key.id}/secret`,
      headers: admin,
    });
    expect(secret.json()).toEqual({ id: key.id, secretHex: key.secretHex });
    const created = await audits('study_key_created');
    expect(created).toHaveLength(1);
    expect(created[0]!.details).not.toContain(key.secretHex);
    expect(await audits('study_key_read')).toHaveLength(1);
  });

  it('streams an export as a download and audits it with the SHA-256 of exactly those bytes', async () => {
    const r = await fx.app.inject({
      url: '/api/research/export?format=csv&table=measures&labels=true&scene=beach',
      headers: researcher,
    });
    expect(r.statusCode).toBe(200);
    expect(r.headers['content-type']).toBe('text/csv; charset=utf-8; header=present');
    expect(r.headers['content-disposition']).toMatch(
      /^attachment; filename="hafan-measures-\d{4}-\d{2}-\d{2}\.csv"$/,
    );
    expect(r.headers['cache-control']).toBe('no-store');
    expect(r.headers['x-hafan-excluded']).toBe(
      // The resident who withdrew had only an aurora session, so this beach export does not count them.
      'consent_no=1; consent_withdrawn=0; erased=1; sessions_without_resident=1',
    );
    const rows = await audits('export');
    expect(rows).toHaveLength(1);
    const d = JSON.parse(rows[0]!.details) as Record<string, unknown>;
    expect(d).toMatchObject({
      exportId: r.headers['x-hafan-export-id'],
      status: 'completed',
      format: 'csv',
      table: 'measures',
      filters: { scene: 'beach' },
      options: { labels: true, shiftDates: false, freeText: false },
      bytes: r.rawPayload.length,
      sha256: createHash('sha256').update(r.rawPayload).digest('hex'),
      excluded: { consentNo: 1, consentWithdrawn: 0, erased: 1, sessionsWithoutResident: 1 },
    });
    expect((d.rows as { measureItems: number }).measureItems).toBe(
      r.body.trim().split('\r\n').length - 1,
    );
  });

  it.each([
    ['an unknown format', 'format=xml'],
    ['CSV without a table', 'format=csv'],
    ['a table for JSON', 'format=json&table=events'],
    ['from after to', 'format=json&from=2026-12-01&to=2026-11-01'],
    ['a malformed date', 'format=json&from=yesterday'],
    ['an unknown parameter', 'format=json&resident=OAK-014'],
    ['a bad flag', 'format=json&freeText=yes'],
    ['a bad study id', 'format=json&study=1'],
  ])('answers %s with a clear 400 and writes no audit row', async (_what, query) => {
    const before = (await audits('export')).length;
    const r = await fx.app.inject({ url: `/api/research/export?${query}`, headers: researcher });
    expect(r.statusCode).toBe(400);
    expect(r.json()).toMatchObject({ error: 'invalid_input', message: expect.any(String) });
    expect((await audits('export')).length).toBe(before);
  });

  it('serves the dashboard summary for valid filters and a 400 for bad ones', async () => {
    const ok = await fx.app.inject({
      url: '/api/research/summary?scene=aurora',
      headers: researcher,
    });
    expect(ok.statusCode).toBe(200);
    expect(ok.json().sessions.run).toBe(3);
    const bad = await fx.app.inject({
      url: '/api/research/summary?respondent=family',
      headers: researcher,
    });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().issues[0].path).toBe('respondent');
  });

  it('lets an admin set retention (validated, audited) and read the audit log', async () => {
    const bad = await fx.app.inject({
      method: 'PUT',
      url: '/api/admin/retention',
      headers: admin,
      payload: { eventsDays: 3 },
    });
    expect(bad.statusCode).toBe(400);
    expect(
      (await fx.app.inject({ url: '/api/admin/retention', headers: admin })).json(),
    ).toMatchObject({ eventsDays: null });
    const ok = await fx.app.inject({
      method: 'PUT',
      url: '/api/admin/retention',
      headers: admin,
      payload: { eventsDays: 365 },
    });
    expect(ok.json()).toMatchObject({ eventsDays: 365 });
    const log = await fx.app.inject({ url: '/api/admin/audit?limit=50', headers: admin });
    const actions = (log.json().entries as { action: string }[]).map((e) => e.action);
    expect(actions[0]).toBe('retention_changed');
    expect(actions).toEqual(
      expect.arrayContaining(['export', 'study_key_created', 'study_key_read']),
    );
    expect(
      (await fx.app.inject({ url: '/api/admin/audit?limit=0', headers: admin })).statusCode,
    ).toBe(400);
  });

  it('erases a resident only with their code, and audits it', async () => {
    const who = RESIDENTS[1];
    const url = `/api/admin/residents/${who.id}/erase`;
    const wrong = await fx.app.inject({
      method: 'POST',
      url,
      headers: admin,
      payload: { confirmCode: 'OAK-999' },
    });
    expect(wrong.statusCode).toBe(400);
    expect(
      await fx.database.db
        .selectFrom('sessions')
        .select('id')
        .where('resident_id', '=', who.id)
        .execute(),
    ).toHaveLength(2);
    const missing = await fx.app.inject({
      method: 'POST',
      url: '/api/admin/residents/ae000000-0000-4000-8000-0000000000ff/erase',
      headers: admin,
      payload: { confirmCode: 'X1' },
    });
    expect(missing.statusCode).toBe(404);
    const ok = await fx.app.inject({
      method: 'POST',
      url,
      headers: admin,
      payload: { confirmCode: who.code },
    });
    expect(ok.statusCode).toBe(200);
    expect(ok.json()).toMatchObject({ residentId: who.id, sessions: 2 });
    expect(await audits('erasure')).toHaveLength(1);
  });
});
