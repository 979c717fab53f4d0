import type { FastifyRequest, onRequestAsyncHookHandler } from 'fastify';
import type { Role } from '../../src/sync/protocol';
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
 */
export function requireAuth(deps: AuthDeps, roles: readonly Role[]): onRequestAsyncHookHandler {
  return async (request) => {
    const { limits } = deps;
    const token = presentedToken(request);
    const ipKey = `ip:${request.ip}`;
    // Keyed by a hash so the limiter's memory holds no usable secret.
    const tokenKey = token ? `token:${hashToken(token).toString('base64url')}` : undefined;

    // After too many failures the IP (or that token) is refused before the token is even looked up.
    const blocked = Math.max(
      limits.authFailures.retryAfter(ipKey),
      tokenKey === undefined ? 0 : limits.authFailures.retryAfter(tokenKey),
    );
    if (blocked > 0) throw tooManyRequests(blocked, 'Too many failed authentication attempts; try again later');

    if (token === undefined) throw unauthorized('Missing bearer token (Authorization: Bearer <token>)', false);
    const result = token === null ? ({ ok: false, reason: 'unknown' } as const) : deps.teams.authenticate(token);
    if (!result.ok) {
      limits.authFailures.record(ipKey);
      if (tokenKey !== undefined) limits.authFailures.record(tokenKey);
      throw unauthorized(
        result.reason === 'revoked'
          ? 'This token has been revoked; ask your coordinator for a new one'
          : 'Invalid bearer token',
        true,
      );
    }

    const { principal } = result;
    const wait = limits.perToken.hit(`token:${principal.tokenId}`);
    if (wait > 0) throw tooManyRequests(wait, 'Too many requests for this token; slow down');
    if (!roles.includes(principal.role)) {
      throw new HttpError(403, `This endpoint needs a ${roles.join(' or ')} token`);
    }
    request.principal = principal;
  };
}
