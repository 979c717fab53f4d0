import type { FastifyInstance, FastifyRequest } from 'fastify';
import {
  INVITE_CHECK_PATH,
  InviteRequestSchema,
  JOIN_PATH,
  type InviteInfo,
  type JoinResponse,
} from '../../src/sync/protocol';
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
    const wait = limits.authFailures.retryAfter(ipKey(request));
    if (wait > 0) throw tooManyRequests(wait, 'Too many failed attempts; try again later');
  };

  /** The invite from the body, once the address and that invite are under their failure limits. */
  const readInvite = (request: FastifyRequest): { invite: string; fail: () => HttpError } => {
    const { invite } = InviteRequestSchema.parse(request.body);
    const inviteKey = `invite:${hashToken(invite).toString('base64url')}`;
    const wait = limits.authFailures.retryAfter(inviteKey);
    if (wait > 0) throw tooManyRequests(wait, 'Too many failed attempts; try again later');
    const fail = () => {
      limits.authFailures.record(ipKey(request));
      limits.authFailures.record(inviteKey);
      return new HttpError(401, REFUSED, { code: 'invalid_invite' });
    };
    return { invite, fail };
  };

  const options = { onRequest: [blockedAddress, requireJsonBody] };

  app.post(INVITE_CHECK_PATH, options, async (request, reply): Promise<InviteInfo> => {
    const { invite, fail } = readInvite(request);
    const info = deps.invites.check(invite);
    if (!info) throw fail();
    reply.header('cache-control', 'no-store');
    return info;
  });

  app.post(JOIN_PATH, options, async (request, reply): Promise<JoinResponse> => {
    const { invite, fail } = readInvite(request);
    const joined = deps.invites.redeem(invite);
    if (!joined) throw fail();
    const { principal, token } = joined;
    request.log.info({ team: principal.teamId, token: principal.tokenId }, 'invite exchanged');
    reply.header('cache-control', 'no-store');
    return { team: principal.team, role: principal.role, label: principal.label, token };
  });
}
