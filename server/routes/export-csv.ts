import { Readable } from 'node:stream';
import type { FastifyInstance } from 'fastify';
import { EXPORT_CSV_PATH } from '../../src/shared/protocol/protocol';
import { contactsCsvChunks } from '../../src/shared/contacts/contacts-csv';
import { requireAuth } from '../auth/require-auth';
import { principalOf, type SyncRouteDeps } from './sync';

/**
 * GET /api/v1/export.csv (coordinators): every live contact of the team, streamed from the database, in the one
 * contacts CSV format the device's own export also writes (src/shared/contacts/contacts-csv.ts, [S31]).
 */
export function registerExportCsvRoute(app: FastifyInstance, deps: SyncRouteDeps): void {
  app.get(EXPORT_CSV_PATH, { onRequest: requireAuth(deps, ['coordinator']) }, async (request, reply) => {
    const { teamId } = principalOf(request);
    request.log.info({ team: teamId }, 'csv export');
    const day = new Date().toISOString().slice(0, 10);
    return reply
      .header('cache-control', 'no-store')
      .header('content-disposition', `attachment; filename="limits-contacts-${day}.csv"`)
      .type('text/csv; charset=utf-8')
      .send(Readable.from(contactsCsvChunks(deps.contacts.exportLive(teamId))));
  });
}
