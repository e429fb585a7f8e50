import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../../../src/server/app.ts';
import type { Database } from '../../../src/server/db/database.ts';
import { listAudit } from '../../../src/server/storage/audit.ts';
import { injectAs, seedPeople, type TestPeople } from '../auth.ts';
import { TEST_DATABASES, openMigrated } from '../databases.ts';

describe.each(TEST_DATABASES)('residents on $name', (t) => {
  let database: Database;
  let app: FastifyInstance;
  let p: TestPeople;

  beforeAll(async () => {
    database = await openMigrated(t);
    app = await buildApp({ database });
    p = await seedPeople(app, database);
  });
  afterAll(async () => {
    await app.close();
    await database.close();
  });

  const search = async (who: TestPeople['staff'], q = '') =>
    (await injectAs(app, who, { url: `/api/residents?q=${encodeURIComponent(q)}` })).json()
      .residents as { id: string; code: string; label: string | null; consent: string }[];

  it('adds residents with a code, an optional label and preferences; finds them by code or label', async () => {
    const add = (payload: object) =>
      injectAs(app, p.staff, {
        method: 'POST',
        url: '/api/residents',
        payload: { siteId: p.siteId, ...payload },
      });
    const a = await add({
      code: 'R-014',
      label: 'Mair, room 12',
      preferences: {
        language: 'cy',
        captionSize: 'extra_large',
        favouriteScenes: ['beach'],
        comfortNotes: 'Tires after 10 minutes',
      },
    });
    expect(a.statusCode).toBe(201);
    expect(a.json()).toMatchObject({
      code: 'R-014',
      consent: 'no',
      preferences: { language: 'cy' },
    });
    expect((await add({ code: 'R-020' })).statusCode).toBe(201);
    expect((await add({ code: 'R-014' })).statusCode).toBe(409);
    expect((await search(p.staff, 'r-01')).map((r) => r.code)).toEqual(['R-014']);
    expect((await search(p.staff, 'mair')).map((r) => r.code)).toEqual(['R-014']);
    expect(await search(p.staff)).toHaveLength(2);
    // Another site's staff see none of them.
    expect(await search(p.otherStaff)).toEqual([]);
  });

  it('records consent with its date, and audits every consent change', async () => {
    const [r] = await search(p.staff, 'R-014');
    const yes = await injectAs(app, p.staff, {
      method: 'PATCH',
      url: `/api/residents/${r!.id}`,
      payload: { consent: 'yes' },
    });
    expect(yes.json().consent).toBe('yes');
    expect(Date.parse(yes.json().consentAt)).toBeGreaterThan(Date.now() - 60_000);
    const withdrawn = await injectAs(app, p.staff, {
      method: 'PATCH',
      url: `/api/residents/${r!.id}`,
      payload: { consent: 'withdrawn' },
    });
    expect(withdrawn.json().consent).toBe('withdrawn');
    const audit = await listAudit(database.db, {
      limit: 10,
      action: 'consent_changed',
      subject: r!.id,
    });
    expect(audit.map((a) => a.details)).toEqual([
      { from: 'yes', to: 'withdrawn' },
      { from: 'no', to: 'yes' },
    ]);
  });

  it('keeps residents from researchers, headsets and other sites', async () => {
    const [r] = await search(p.staff, 'R-014');
    expect((await injectAs(app, p.researcher, { url: '/api/residents' })).statusCode).toBe(403);
    expect((await injectAs(app, p.headset, { url: '/api/residents' })).statusCode).toBe(403);
    expect((await injectAs(app, p.otherStaff, { url: `/api/residents/${r!.id}` })).statusCode).toBe(
      404,
    );
    const patch = await injectAs(app, p.otherStaff, {
      method: 'PATCH',
      url: `/api/residents/${r!.id}`,
      payload: { label: 'x' },
    });
    expect(patch.statusCode).toBe(404);
    const add = await injectAs(app, p.otherStaff, {
      method: 'POST',
      url: '/api/residents',
      payload: { siteId: p.siteId, code: 'R-999' },
    });
    expect(add.statusCode).toBe(403);
  });

  it.each([
    ['a name-like code', { code: 'Mair Jones' }],
    ['an unknown preference', { code: 'R-100', preferences: { colour: 'blue' } }],
    ['a bad consent', { code: 'R-101', consent: 'maybe' }],
    ['an unknown scene', { code: 'R-102', preferences: { favouriteScenes: ['Not A Scene!'] } }],
  ])('refuses %s with a clear 400 and adds nothing', async (_n, body) => {
    const before = await search(p.staff);
    const r = await injectAs(app, p.staff, {
      method: 'POST',
      url: '/api/residents',
      payload: { siteId: p.siteId, ...body },
    });
    expect(r.statusCode).toBe(400);
    expect(r.json().issues.length).toBeGreaterThan(0);
    expect(await search(p.staff)).toEqual(before);
  });
});
