import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import {
  describeProblem,
  DIRECTORY_ERROR_CODES,
  DIRECTORY_PATH,
  DirectoryPutEnvelopeSchema,
  validateEntries,
  type Directory,
} from '../../src/shared/directory/schema';
import { requireAuth, type AuthDeps } from '../auth/require-auth';
import { directoryEtag, type DirectoryStore, type StoredDirectory } from '../directory/directory-store';
import { HttpError } from '../http/errors';
import { requireJsonBody } from '../http/require-json';
import { principalOf } from './sync';

export interface DirectoryRouteDeps extends AuthDeps {
  directory: DirectoryStore;
}

/** How many problems a 422 message lists; the rest are counted. */
const MAX_LISTED_PROBLEMS = 20;

/**
 * [S78] Devices may keep the answer but must revalidate it every time (`no-cache`), and only for themselves
 * (`private`: it is a team's data, fetched with a token).
 */
const CACHE_CONTROL = 'private, no-cache';

/** RFC 9110 §13.1.2 If-None-Match: `*` or a list of entity tags, compared weakly (a `W/` prefix is ignored). */
export function matchesIfNoneMatch(header: string | undefined, etag: string): boolean {
  if (header === undefined) return false;
  if (header.trim() === '*') return true;
  return header.split(',').some((tag) => tag.trim().replace(/^W\//, '') === etag);
}

function sendDirectory(reply: FastifyReply, stored: StoredDirectory): Directory {
  reply.header('etag', directoryEtag(stored)).header('cache-control', CACHE_CONTROL);
  return stored.directory;
}

/** GET and PUT /api/v1/directory ([S70]–[S79] in docs/SPEC.md). Entry contents are never logged. */
export function registerDirectoryRoutes(app: FastifyInstance, deps: DirectoryRouteDeps): void {
  const anyRole = requireAuth(deps, ['worker', 'coordinator']);
  const coordinator = requireAuth(deps, ['coordinator']);

  app.get(DIRECTORY_PATH, { onRequest: anyRole }, async (request: FastifyRequest, reply) => {
    const { teamId } = principalOf(request);
    const stored = await deps.directory.get(teamId);
    if (matchesIfNoneMatch(request.headers['if-none-match'], directoryEtag(stored))) {
      return reply.code(304).header('etag', directoryEtag(stored)).header('cache-control', CACHE_CONTROL).send();
    }
    return sendDirectory(reply, stored);
  });

  app.put(DIRECTORY_PATH, { onRequest: [coordinator, requireJsonBody] }, async (request, reply) => {
    const { teamId, tokenId } = principalOf(request);
    // [S74] The envelope first (400 invalid_request), then the entries as a whole (422 invalid_directory).
    const { baseVersion, entries: raw } = DirectoryPutEnvelopeSchema.parse(request.body);
    const validation = validateEntries(raw);
    if (!validation.ok) {
      const { problems } = validation;
      const listed = problems.slice(0, MAX_LISTED_PROBLEMS).map(describeProblem);
      if (problems.length > listed.length) listed.push(`and ${problems.length - listed.length} more problems`);
      throw new HttpError(422, listed.join('; '), { code: DIRECTORY_ERROR_CODES.invalidDirectory });
    }
    const outcome = await deps.directory.publish(teamId, validation.entries, { baseVersion, tokenId });
    const { version } = outcome.current.directory;
    request.log.info(
      { team: teamId, token: tokenId, status: outcome.status, version, entries: validation.entries.length },
      'directory publish',
    );
    if (outcome.status === 'conflict') {
      throw new HttpError(
        409,
        `The directory is at version ${version}, not ${baseVersion ?? '?'}: get it again, redo your changes on it ` +
          `and publish with baseVersion ${version}`,
        { code: DIRECTORY_ERROR_CODES.versionConflict, headers: { etag: directoryEtag(outcome.current) } },
      );
    }
    return sendDirectory(reply, outcome.current);
  });
}
