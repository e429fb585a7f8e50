import type { FastifyInstance } from 'fastify';
import type { Database } from '../../../src/server/db/database.ts';

/**
 * Request headers for each role in the research route tests. Filled in from the auth test
 * helpers (cookie + CSRF token) once accounts exist; see tests/server/auth.ts.
 */
export type Who = 'researcher' | 'admin' | 'staff';

export async function headersFor(
  _app: FastifyInstance,
  _database: Database,
  _who: Who,
): Promise<Record<string, string>> {
  return {};
}
