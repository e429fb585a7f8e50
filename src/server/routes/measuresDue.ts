import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { DEFAULT_FOLLOW_UP_DAYS } from '../../core/measures/due.ts';
import { principalOf, siteScope } from '../auth/scope.ts';
import type { Database } from '../db/database.ts';
import { parseWith } from '../http/errors.ts';
import { periodicDueFor } from '../storage/periodic.ts';

const IdParams = z.strictObject({ id: z.uuid() });
const DueQuery = z.strictObject({
  /** Overrides the site's follow-up interval for this question (e.g. a study's own schedule). */
  followUpDays: z.coerce.number().int().min(1).max(366).optional(),
});

/** Which periodic measures (ONS4, UCLA-3, ONS loneliness) are due for a resident, and when next. */
export function measuresDueRoutes(
  app: FastifyInstance,
  { db }: Database,
  followUpDays = DEFAULT_FOLLOW_UP_DAYS,
): void {
  app.get(
    '/api/residents/:id/measures/due',
    { config: { access: ['staff', 'admin'] } },
    async (req) => {
      const { id } = parseWith(IdParams, req.params, 'path');
      const q = parseWith(DueQuery, req.query, 'query');
      return periodicDueFor(db, id, {
        nowIso: new Date().toISOString(),
        followUpDays: q.followUpDays ?? followUpDays,
        siteId: siteScope(principalOf(req)),
      });
    },
  );
}
