import { randomUUID } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { SiteView } from '../../core/schemas/auth.ts';
import type { Schema } from '../db/schema.ts';
import { conflict, notFound } from './errors.ts';

type Db = Kysely<Schema>;

export async function listSites(db: Db, onlyId: string | null): Promise<SiteView[]> {
  let q = db.selectFrom('sites').select(['id', 'name']);
  if (onlyId !== null) q = q.where('id', '=', onlyId);
  return q.orderBy('name').execute();
}

export async function getSite(db: Db, id: string): Promise<SiteView | null> {
  return (
    (await db.selectFrom('sites').select(['id', 'name']).where('id', '=', id).executeTakeFirst()) ??
    null
  );
}

async function nameTaken(db: Db, name: string, exceptId?: string): Promise<boolean> {
  const rows = await db.selectFrom('sites').select(['id', 'name']).execute();
  const n = name.toLocaleLowerCase();
  return rows.some((r) => r.id !== exceptId && r.name.toLocaleLowerCase() === n);
}

export async function createSite(db: Db, name: string): Promise<SiteView> {
  return db.transaction().execute(async (tx) => {
    if (await nameTaken(tx, name)) throw conflict(`a site called ${name} exists`);
    const id = randomUUID();
    await tx.insertInto('sites').values({ id, name }).execute();
    return { id, name };
  });
}

export async function renameSite(db: Db, id: string, name: string): Promise<SiteView> {
  return db.transaction().execute(async (tx) => {
    if (!(await getSite(tx, id))) throw notFound(`site ${id}`);
    if (await nameTaken(tx, name, id)) throw conflict(`a site called ${name} exists`);
    await tx.updateTable('sites').set({ name }).where('id', '=', id).execute();
    return { id, name };
  });
}
