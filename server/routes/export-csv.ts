import { Readable } from 'node:stream';
import type { FastifyInstance } from 'fastify';
import { EXPORT_CSV_PATH, type Contact } from '../../src/sync/protocol';
import { CONTACT_CSV_COLUMNS, CONTACT_CSV_START, contactCsvLine } from '../../src/sync/contacts-csv';
import { requireAuth } from '../auth/require-auth';
import { principalOf, type SyncRouteDeps } from './sync';

/** [S31] Column names of the coordinator's export, in order (src/sync/contacts-csv.ts, shared with the app). */
export const CSV_COLUMNS = CONTACT_CSV_COLUMNS.map(([name]) => name);

/** The CSV as a stream of text chunks: the header, then a few hundred lines at a time (constant memory). */
export async function* contactsCsvChunks(contacts: AsyncIterable<Contact>): AsyncIterable<string> {
  yield CONTACT_CSV_START;
  let lines = '';
  let count = 0;
  for await (const contact of contacts) {
    lines += contactCsvLine(contact);
    if (++count % 200 === 0) {
      yield lines;
      lines = '';
    }
  }
  if (lines !== '') yield lines;
}

/** GET /api/v1/export.csv (coordinators): every live contact of the team, streamed from the database. */
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
