import fs from 'node:fs';
import type { FastifyInstance } from 'fastify';
import { CA_FILE_NAME } from '../ops/lanCert.ts';

/**
 * The local certificate authority's certificate (public by nature), so a tablet or headset can
 * download it from the box to trust it: `GET /hafan-ca.crt`. Only when `npm run lan-cert` made one.
 */
export function lanCaRoutes(app: FastifyInstance, caFile: string | undefined): void {
  app.get(`/${CA_FILE_NAME}`, { config: { access: ['public'] } }, async (_req, reply) => {
    if (!caFile || !fs.existsSync(caFile)) {
      return reply
        .status(404)
        .send({ error: 'not_found', message: 'This server has no local certificate authority' });
    }
    return reply
      .header('Content-Type', 'application/x-x509-ca-cert')
      .header('Content-Disposition', `attachment; filename="${CA_FILE_NAME}"`)
      .header('Cache-Control', 'no-cache')
      .send(fs.readFileSync(caFile));
  });
}
