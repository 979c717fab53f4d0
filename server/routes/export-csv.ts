import type { FastifyInstance } from 'fastify';
import { EXPORT_CSV_PATH, type Contact } from '../../src/sync/protocol';
import { CONTACT_CSV_COLUMNS, CONTACT_CSV_START, contactCsvLine } from '../../src/sync/contacts-csv';
import { requireAuth } from '../auth/require-auth';
import { principalOf, type SyncRouteDeps } from './sync';

/** [S31] Column names of the coordinator's export, in order (src/sync/contacts-csv.ts, shared with the app). */
export const CSV_COLUMNS = CONTACT_CSV_COLUMNS.map(([name]) => name);

export function contactsToCsv(contacts: readonly Contact[]): string {
  const live = contacts.filter((contact) => !contact.deleted && contact.body !== null);
  // Chronological for the reader; id breaks ties so the order is stable.
  live.sort(
    (a, b) =>
      Date.parse(a.body?.occurredAt ?? '') - Date.parse(b.body?.occurredAt ?? '') ||
      (a.id < b.id ? -1 : a.id > b.id ? 1 : 0),
  );
  return CONTACT_CSV_START + live.map(contactCsvLine).join('');
}

/** GET /api/v1/export.csv (coordinators): every live contact of the team. */
export function registerExportCsvRoute(app: FastifyInstance, deps: SyncRouteDeps): void {
  app.get(EXPORT_CSV_PATH, { onRequest: requireAuth(deps, ['coordinator']) }, async (request, reply) => {
    const { teamId } = principalOf(request);
    const contacts = await deps.contacts.exportAll(teamId);
    request.log.info({ team: teamId, contacts: contacts.length }, 'csv export');
    const day = new Date().toISOString().slice(0, 10);
    return reply
      .header('cache-control', 'no-store')
      .header('content-disposition', `attachment; filename="limits-contacts-${day}.csv"`)
      .type('text/csv; charset=utf-8')
      .send(contactsToCsv(contacts));
  });
}
