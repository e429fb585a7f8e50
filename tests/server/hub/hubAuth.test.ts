import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../../../src/server/app.ts';
import type { Database } from '../../../src/server/db/database.ts';
import { seedPeople, signedInAs, type TestPeople } from '../auth.ts';
import { TEST_DATABASES, openMigrated } from '../databases.ts';
import { HubTestClient } from './hubClient.ts';

/** The hub with the real auth layer: staff cookies, device tokens, revocation. */
describe.each(TEST_DATABASES)('hub with real accounts on $name', (t) => {
  let database: Database;
  let app: FastifyInstance;
  let people: TestPeople;
  let url = '';
  let origin = '';
  const open: HubTestClient[] = [];
  const connect = async (path: string, headers: Record<string, string> = {}) => {
    const c = await HubTestClient.open(`${url}${path}`, headers);
    open.push(c);
    return c;
  };

  beforeAll(async () => {
    database = await openMigrated(t);
    app = await buildApp({ database, hub: { authTimeoutMs: 300 } });
    people = await seedPeople(app, database);
    await app.listen({ port: 0, host: '127.0.0.1' });
    const port = (app.server.address() as { port: number }).port;
    url = `ws://127.0.0.1:${port}/api/hub`;
    origin = `http://127.0.0.1:${port}`;
  });
  afterAll(async () => {
    for (const c of open) c.close();
    await app.close();
    await database.close();
  });

  it('staff see their own site headsets; staff of another site see none of them', async () => {
    const headset = await connect('?as=headset');
    headset.send({ type: 'auth', token: people.headset.token });
    expect(await headset.next('hello')).toMatchObject({
      role: 'headset',
      headsetId: people.headset.headsetId,
      name: people.headset.name,
    });
    const staff = await connect('', { cookie: people.staff.cookie, origin });
    const mine = await staff.next('headsets');
    expect(mine.headsets.map((h) => h.name).sort()).toEqual(
      [people.headset.name, people.otherHeadset.name].sort(),
    );
    expect(mine.headsets.find((h) => h.headsetId === people.headset.headsetId)?.online).toBe(true);
    const other = await connect('', { cookie: people.otherStaff.cookie, origin });
    expect((await other.next('headsets')).headsets).toEqual([]);
    const researcher = await connect('', { cookie: people.researcher.cookie, origin });
    expect((await researcher.waitClosed()).code).toBe(4403);
  });

  it('refuses a forged device token and an expired staff session', async () => {
    const forged = await connect('?as=headset');
    forged.send({ type: 'auth', token: `${people.headset.token.slice(0, -4)}AAAA` });
    expect((await forged.waitClosed()).code).toBe(4401);
    const expired = await signedInAs(database, people.staff.username, Date.now() - 90 * 86_400_000);
    const stale = await connect('', { cookie: expired.cookie, origin });
    expect((await stale.waitClosed()).code).toBe(4408);
  });

  it('drops a headset the moment an admin revokes it, and keeps it out', async () => {
    const h = await connect('?as=headset');
    h.send({ type: 'auth', token: people.otherHeadset.token });
    await h.next('hello');
    const r = await app.inject({
      method: 'POST',
      url: `/api/headsets/${people.otherHeadset.headsetId}/revoke`,
      headers: people.admin.headers,
    });
    expect(r.statusCode).toBe(200);
    expect((await h.waitClosed()).code).toBe(4401);
    const again = await connect('?as=headset');
    again.send({ type: 'auth', token: people.otherHeadset.token });
    expect((await again.waitClosed()).code).toBe(4401);
  });
});
