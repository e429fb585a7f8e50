import type { FastifyInstance } from 'fastify';
import type { IncomingHttpHeaders } from 'node:http';
import { afterAll, beforeAll } from 'vitest';
import { buildApp } from '../../../src/server/app.ts';
import type { Principal } from '../../../src/server/auth/principal.ts';
import type { Database } from '../../../src/server/db/database.ts';
import type { HubRouteOptions } from '../../../src/server/hub/routes.ts';
import { openMigrated, type TestDatabase } from '../databases.ts';
import { HubTestClient } from './hubClient.ts';

export const SITE_A = 'a0000000-0000-4000-8000-00000000000a';
export const SITE_B = 'b0000000-0000-4000-8000-00000000000b';
export const OAK = '0a000000-0000-4000-8000-000000000001';
export const ELM = '0a000000-0000-4000-8000-000000000002';
export const BIRCH = '0b000000-0000-4000-8000-000000000003';
export const REVOKED = '0a000000-0000-4000-8000-000000000004';

/**
 * Principals by credential: stands in for the auth plugin's `principalFromHeaders` (same
 * signature), so these tests pin the hub's own rules.
 */
const TOKENS: Record<string, Principal> = {
  'token-oak-0001': { kind: 'headset', headsetId: OAK, siteId: SITE_A },
  'token-elm-0002': { kind: 'headset', headsetId: ELM, siteId: SITE_A },
  'token-birch-003': { kind: 'headset', headsetId: BIRCH, siteId: SITE_B },
  'token-revoked-4': { kind: 'headset', headsetId: REVOKED, siteId: SITE_A },
  'token-guest-005': { kind: 'guest', guestId: 'g1', roomId: 'r1' },
};
const COOKIES: Record<string, Principal> = {
  'staff-a': { kind: 'user', userId: 'u1', role: 'staff', siteId: SITE_A, authSessionId: 's1' },
  'staff-b': { kind: 'user', userId: 'u2', role: 'staff', siteId: SITE_B, authSessionId: 's2' },
  admin: { kind: 'user', userId: 'u3', role: 'admin', siteId: null, authSessionId: 's3' },
  researcher: { kind: 'user', userId: 'u4', role: 'researcher', siteId: null, authSessionId: 's4' },
};

export async function resolveTestPrincipal(h: IncomingHttpHeaders): Promise<Principal | null> {
  const bearer = /^Bearer (.+)$/.exec(h.authorization ?? '')?.[1];
  if (bearer) return TOKENS[bearer] ?? null;
  const sid = /(?:^|;\s*)sid=([^;]+)/.exec(h.cookie ?? '')?.[1];
  return sid ? (COOKIES[sid] ?? null) : null;
}

export async function seedSites(database: Database): Promise<void> {
  const now = new Date().toISOString();
  await database.db
    .insertInto('sites')
    .values([
      { id: SITE_A, name: 'Ty Hafan' },
      { id: SITE_B, name: 'Other Place' },
    ])
    .execute();
  const h = (id: string, site: string, name: string, revoked = false) => ({
    id,
    site_id: site,
    name,
    token_hash: `hash-${id}`,
    paired_at: now,
    revoked_at: revoked ? now : null,
  });
  await database.db
    .insertInto('headsets')
    .values([
      h(OAK, SITE_A, 'Oak Lounge 2'),
      h(ELM, SITE_A, 'Elm Room'),
      h(BIRCH, SITE_B, 'Birch'),
      h(REVOKED, SITE_A, 'Old one', true),
    ])
    .execute();
}

export interface HubFixture {
  app: FastifyInstance;
  database: Database;
  url: string;
  origin: string;
  console(sid?: string, origin?: string): Promise<HubTestClient>;
  /** A headset signed in with its auth frame, past its hello. */
  headset(token: string): Promise<HubTestClient>;
  clients: HubTestClient[];
}

/** An app listening on 127.0.0.1 with two sites and their headsets, per describe block. */
export function hubFixture(t: TestDatabase, hub: Partial<HubRouteOptions> = {}): HubFixture {
  const f = { clients: [] as HubTestClient[] } as HubFixture;
  beforeAll(async () => {
    f.database = await openMigrated(t);
    await seedSites(f.database);
    f.app = await buildApp({
      database: f.database,
      hub: { resolvePrincipal: resolveTestPrincipal, authTimeoutMs: 300, ...hub },
    });
    await f.app.listen({ port: 0, host: '127.0.0.1' });
    const addr = f.app.server.address();
    const port = typeof addr === 'object' && addr ? addr.port : 0;
    f.url = `ws://127.0.0.1:${port}/api/hub`;
    f.origin = `http://127.0.0.1:${port}`;
    f.console = async (sid = 'staff-a', origin = f.origin) => {
      const c = await HubTestClient.open(f.url, { cookie: `sid=${sid}`, origin });
      f.clients.push(c);
      return c;
    };
    f.headset = async (token) => {
      const c = await HubTestClient.open(f.url);
      f.clients.push(c);
      c.send({ type: 'auth', token });
      await c.next('hello');
      return c;
    };
  });
  afterAll(async () => {
    for (const c of f.clients) c.close();
    await f.app.close();
    await f.database.close();
  });
  return f;
}
