import type { FastifyInstance } from 'fastify';
import { EXPORT_CSV_PATH, type Contact, type ContactBody } from '../../src/sync/protocol';
import { referralOutcomesCell, referralSchemesCell } from '../../src/sync/referral-columns';
import { requireAuth } from '../auth/require-auth';
import { BOM, csvLine } from '../http/csv';
import { principalOf, type SyncRouteDeps } from './sync';

type LiveContact = Extract<Contact, { deleted: false }>;

/** [S31] Columns of the coordinator's export, in order; list fields are joined with "; ". */
export const CSV_COLUMNS: ReadonlyArray<[string, (contact: LiveContact) => string | number | undefined]> = [
  ['id', (c) => c.id],
  ['revision', (c) => c.revision],
  ['updatedAt', (c) => c.updatedAt],
  ['occurredAt', (c) => c.body.occurredAt],
  ['place', (c) => c.body.place],
  ['kind', (c) => c.body.kind],
  ['people', (c) => c.body.people],
  ['ageBands', (c) => c.body.ageBands.join('; ')],
  ['topics', (c) => c.body.topics.join('; ')],
  ['signals', (c) => c.body.signals.join('; ')],
  ['schemes', (c) => c.body.schemes.join('; ')],
  ['followUpDate', (c) => c.body.followUpDate],
  ['note', (c) => c.body.note],
  ['referrals', (c) => referralsCell(c.body.referrals)],
  // [S80] Readable referral summaries (the JSON above has every field), after it so existing columns keep their place.
  ['referralSchemes', (c) => referralSchemesCell(c.body.referrals)],
  ['referralOutcomes', (c) => referralOutcomesCell(c.body.referrals)],
];

function referralsCell(referrals: ContactBody['referrals']): string | undefined {
  return referrals === undefined || referrals.length === 0 ? undefined : JSON.stringify(referrals);
}

export function contactsToCsv(contacts: readonly Contact[]): string {
  const live = contacts.filter((contact): contact is LiveContact => !contact.deleted);
  // Chronological for the reader; id breaks ties so the order is stable.
  live.sort(
    (a, b) => Date.parse(a.body.occurredAt) - Date.parse(b.body.occurredAt) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0),
  );
  const header = csvLine(CSV_COLUMNS.map(([name]) => name));
  return BOM + header + live.map((contact) => csvLine(CSV_COLUMNS.map(([, read]) => read(contact)))).join('');
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
