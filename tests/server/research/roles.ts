import type { FastifyInstance } from 'fastify';
import type { Database } from '../../../src/server/db/database.ts';
import { seedPeople, type TestPeople } from '../auth.ts';

/** Request headers for each role in the research route tests (signed-in cookie + CSRF). */
export type Who = 'researcher' | 'admin' | 'staff';

const people = new WeakMap<FastifyInstance, Promise<TestPeople>>();

export function peopleOf(app: FastifyInstance, database: Database): Promise<TestPeople> {
  let p = people.get(app);
  if (!p) {
    p = seedPeople(app, database);
    people.set(app, p);
  }
  return p;
}

export async function headersFor(
  app: FastifyInstance,
  database: Database,
  who: Who,
): Promise<Record<string, string>> {
  return (await peopleOf(app, database))[who].headers;
}
