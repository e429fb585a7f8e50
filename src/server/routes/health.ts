import type { FastifyInstance } from 'fastify';
import { ping, type Database } from '../db/database.ts';

export function healthRoutes(app: FastifyInstance, database: Database, version: string): void {
  app.get('/api/health', { config: { access: ['public'] } }, async (req, reply) => {
    try {
      await ping(database);
      return { status: 'ok', version, database: database.dialect };
    } catch (err) {
      req.log.error(err);
      return reply.status(503).send({ status: 'unavailable', version, database: database.dialect });
    }
  });
}
