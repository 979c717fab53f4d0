import type { FastifyRequest, onRequestAsyncHookHandler } from 'fastify';
import type { Role } from '../../src/shared/protocol/protocol';
import { HttpError } from '../http/errors';
import type { RateLimits } from '../http/rate-limit';
import type { Principal, TeamStore } from './team-store';
import { hashToken } from './tokens';

declare module 'fastify' {
  interface FastifyRequest {
    /** Set by {@link requireAuth} on authenticated routes; null elsewhere. */
    principal: Principal | null;
  }
}

export interface AuthDeps {
  teams: TeamStore;
  limits: RateLimits;
}

const REALM = 'limits-terrain';

/** Marks the hooks made by {@link requireAuth}: app.ts exempts their routes from the per-address request limit. */
export const AUTH_HOOK = Symbol('requireAuth');

/** [S51] Whether a route's onRequest hooks include requireAuth (set from app.ts's onRoute hook). */
export function isAuthenticatedRoute(onRequest: unknown): boolean {
  const hooks = Array.isArray(onRequest) ? onRequest : [onRequest];
  return hooks.some((hook) => typeof hook === 'function' && AUTH_HOOK in hook);
}

function unauthorized(message: string, invalidToken: boolean): HttpError {
  // RFC 6750 §3: no error attribute when no credentials were sent, error="invalid_token" when they were wrong.
  const challenge = invalidToken ? `Bearer realm="${REALM}", error="invalid_token"` : `Bearer realm="${REALM}"`;
  return new HttpError(401, message, { headers: { 'www-authenticate': challenge } });
}

export function tooManyRequests(retryAfterSeconds: number, message: string): HttpError {
  return new HttpError(429, message, { headers: { 'retry-after': String(retryAfterSeconds) } });
}

/** `Bearer <token>` → token; undefined when there is no Authorization header; null when it is not a bearer one. */
function presentedToken(request: FastifyRequest): string | null | undefined {
  const header = request.headers.authorization;
  if (header === undefined) return undefined;
  const match = /^Bearer +(\S+) *$/i.exec(header);
  return match?.[1] ?? null;
}

/**
 * onRequest hook of every authenticated route ([S4], [S6], [S7], [S51]): runs before the body is read, so an
 * unauthenticated client never gets its body parsed.
 *
 * A valid token is never refused because of others' failures (issue #13: ten bad tokens from an office's shared
 * address locked its coordinator out): the token is looked up first (a hash and an indexed read), and the
 * failure limits — per address and per presented token, counted separately — only refuse wrong ones. Requests
 * without a valid token count against the per-address request limit; valid ones only against their token's.
 */
export function requireAuth(deps: AuthDeps, roles: readonly Role[]): onRequestAsyncHookHandler {
  const hook: onRequestAsyncHookHandler = async (request) => {
    const { limits } = deps;
    const token = presentedToken(request);
    const ipKey = `ip:${request.ip}`;
    const result =
      typeof token === 'string' ? await deps.teams.authenticate(token) : ({ ok: false, reason: 'unknown' } as const);

    if (!result.ok) {
      const perIp = limits.perIp.hit(ipKey);
      if (perIp > 0) throw tooManyRequests(perIp, 'Too many requests from this address; slow down');
      if (token === undefined) throw unauthorized('Missing bearer token (Authorization: Bearer <token>)', false);
      // Keyed by a hash so the limiter's memory holds no usable secret.
      const tokenKey = token === null ? undefined : `token:${hashToken(token).toString('base64url')}`;
      const blocked = Math.max(
        await limits.authFailures.retryAfter(ipKey),
        tokenKey === undefined ? 0 : await limits.authFailures.retryAfter(tokenKey),
      );
      if (blocked > 0) throw tooManyRequests(blocked, 'Too many failed authentication attempts; try again later');
      await limits.authFailures.record(ipKey);
      if (tokenKey !== undefined) await limits.authFailures.record(tokenKey);
      // One answer for unknown and revoked tokens: a finder of a phone does not learn the code was ever valid.
      throw unauthorized('Invalid or revoked bearer token; ask your coordinator for a new join link', true);
    }

    const { principal } = result;
    const wait = limits.perToken.hit(`token:${principal.tokenId}`);
    if (wait > 0) throw tooManyRequests(wait, 'Too many requests for this token; slow down');
    if (!roles.includes(principal.role)) {
      throw new HttpError(403, `This endpoint needs a ${roles.join(' or ')} token`);
    }
    request.principal = principal;
  };
  return Object.assign(hook, { [AUTH_HOOK]: true });
}
