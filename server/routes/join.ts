import type { FastifyInstance, FastifyRequest } from 'fastify';
import {
  ERROR_CODES,
  INVITE_CHECK_PATH,
  InviteRequestSchema,
  JOIN_PATH,
  type InviteInfo,
  type JoinResponse,
} from '../../src/shared/protocol/protocol';
import type { InviteStore } from '../auth/invite-store';
import { tooManyRequests } from '../auth/require-auth';
import { hashToken } from '../auth/tokens';
import { HttpError } from '../http/errors';
import type { RateLimits } from '../http/rate-limit';
import { requireJsonBody } from '../http/require-json';

export interface JoinRouteDeps {
  invites: InviteStore;
  limits: RateLimits;
}

const REFUSED = 'This invite is unknown, expired or already used; ask your coordinator for a new one';

/**
 * [S94] POST /api/v1/invites/check and POST /api/v1/join. The invite travels in a body, never in a URL; a wrong
 * one counts as a failed authentication of the address and of that invite ([S51]), so invites cannot be guessed.
 */
export function registerJoinRoutes(app: FastifyInstance, deps: JoinRouteDeps): void {
  const { limits } = deps;
  const ipKey = (request: FastifyRequest) => `ip:${request.ip}`;

  // Before the body is read: an address that failed too often is refused at once.
  const blockedAddress = async (request: FastifyRequest) => {
    const wait = await limits.authFailures.retryAfter(ipKey(request));
    if (wait > 0) throw tooManyRequests(wait, 'Too many failed attempts; try again later');
  };

  /** The invite from the body, once the address and that invite are under their failure limits. */
  const readInvite = async (request: FastifyRequest): Promise<{ invite: string; fail: () => Promise<HttpError> }> => {
    const { invite } = InviteRequestSchema.parse(request.body);
    const inviteKey = `invite:${hashToken(invite).toString('base64url')}`;
    const wait = await limits.authFailures.retryAfter(inviteKey);
    if (wait > 0) throw tooManyRequests(wait, 'Too many failed attempts; try again later');
    const fail = async () => {
      await limits.authFailures.record(ipKey(request));
      await limits.authFailures.record(inviteKey);
      return new HttpError(401, REFUSED, { code: ERROR_CODES.invalidInvite });
    };
    return { invite, fail };
  };

  const options = { onRequest: [blockedAddress, requireJsonBody] };

  app.post(INVITE_CHECK_PATH, options, async (request, reply): Promise<InviteInfo> => {
    const { invite, fail } = await readInvite(request);
    const info = await deps.invites.check(invite);
    if (!info) throw await fail();
    reply.header('cache-control', 'no-store');
    return info;
  });

  app.post(JOIN_PATH, options, async (request, reply): Promise<JoinResponse> => {
    const { invite, fail } = await readInvite(request);
    const joined = await deps.invites.redeem(invite);
    if (!joined) throw await fail();
    const { principal, token } = joined;
    request.log.info({ team: principal.teamId, token: principal.tokenId }, 'invite exchanged');
    reply.header('cache-control', 'no-store');
    return { team: principal.team, role: principal.role, label: principal.label, token };
  });
}
