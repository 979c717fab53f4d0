import type { FastifyInstance, FastifyRequest } from 'fastify';
import {
  ERROR_CODES,
  ContactIdSchema,
  CONTACTS_PATH,
  ContactsQuerySchema,
  DEFAULT_PAGE_LIMIT,
  MAX_BATCH_CONTACTS,
  ME_PATH,
  SYNC_PATH,
  SyncEnvelopeSchema,
  SYNC_STATUSES,
  type ContactHistory,
  type ContactsPage,
  type MeResponse,
  type SyncResponse,
  type SyncResult,
  type SyncStatus,
} from '../../src/shared/protocol/protocol';
import { requireAuth, type AuthDeps } from '../auth/require-auth';
import type { Principal } from '../auth/team-store';
import type { ContactStore } from '../contacts/contact-store';
import type { Quotas } from '../contacts/quotas';
import { HttpError } from '../http/errors';
import { requireJsonBody } from '../http/require-json';

export interface SyncRouteDeps extends AuthDeps {
  contacts: ContactStore;
  quotas: Quotas;
}

/** The principal set by requireAuth; a route without the hook is a wiring bug, hence a 500. */
export function principalOf(request: FastifyRequest): Principal {
  if (!request.principal) throw new Error('authenticated route without requireAuth');
  return request.principal;
}

/** Counts per status: all a sync log line may say about a batch (no ids, no content). */
function countStatuses(results: readonly SyncResult[]): Partial<Record<SyncStatus, number>> {
  const counts: Partial<Record<SyncStatus, number>> = {};
  for (const status of SYNC_STATUSES) {
    const n = results.filter((result) => result.status === status).length;
    if (n > 0) counts[status] = n;
  }
  return counts;
}

/** POST /api/v1/sync, GET /api/v1/me, GET /api/v1/contacts (docs/SPEC.md). */
export function registerSyncRoutes(app: FastifyInstance, deps: SyncRouteDeps): void {
  const anyRole = requireAuth(deps, ['worker', 'coordinator']);
  const coordinator = requireAuth(deps, ['coordinator']);

  app.post(SYNC_PATH, { onRequest: [anyRole, requireJsonBody] }, async (request, reply): Promise<SyncResponse> => {
    const { teamId, tokenId, device, role } = principalOf(request);
    // [S10] Only the envelope can fail the whole request; each contact is judged on its own ([S11]).
    const { contacts } = SyncEnvelopeSchema.parse(request.body);
    if (contacts.length > MAX_BATCH_CONTACTS) {
      throw new HttpError(
        413,
        `At most ${MAX_BATCH_CONTACTS} contacts per request (got ${contacts.length}); send smaller batches`,
        { code: ERROR_CODES.batchTooLarge },
      );
    }
    // The decoded body's size stands for what the batch may add to the team's storage.
    const bytes = Number(request.headers['content-length'] ?? 0) || JSON.stringify(contacts).length;
    await deps.quotas.check(teamId, tokenId, contacts.length, bytes);
    const results = await deps.contacts.applyBatch(teamId, contacts, { tokenId, device, role });
    await deps.quotas.record(teamId, tokenId, results, bytes);
    request.log.info({ team: teamId, token: tokenId, contacts: contacts.length, ...countStatuses(results) }, 'sync');
    reply.header('cache-control', 'no-store');
    return { results, serverTime: new Date().toISOString() };
  });

  app.get(ME_PATH, { onRequest: anyRole }, async (request, reply): Promise<MeResponse> => {
    const { team, role, label } = principalOf(request);
    reply.header('cache-control', 'no-store');
    return { team, role, label };
  });

  app.get(CONTACTS_PATH, { onRequest: coordinator }, async (request, reply): Promise<ContactsPage> => {
    const { teamId } = principalOf(request);
    const query = ContactsQuerySchema.parse(request.query);
    const page = await deps.contacts.listSince(teamId, query.since, query.limit ?? DEFAULT_PAGE_LIMIT);
    request.log.info({ team: teamId, contacts: page.contacts.length, hasMore: page.hasMore }, 'contacts page');
    reply.header('cache-control', 'no-store');
    return page;
  });

  // [S98] Earlier revisions of one contact, with the token that wrote each: what a coordinator needs to see what
  // a worker's token changed, before asking the admin to restore one.
  app.get<{ Params: { id: string } }>(
    `${CONTACTS_PATH}/:id/history`,
    { onRequest: coordinator },
    async (request, reply): Promise<ContactHistory> => {
      const { teamId } = principalOf(request);
      const id = ContactIdSchema.safeParse(request.params.id);
      if (!id.success)
        throw new HttpError(400, 'id: must be a lowercase UUID v4', { code: ERROR_CODES.invalidRequest });
      const revisions = await deps.contacts.history(teamId, id.data);
      if (revisions.length === 0) throw new HttpError(404, 'No contact with this id in your team');
      reply.header('cache-control', 'no-store');
      return { id: id.data, revisions };
    },
  );
}
