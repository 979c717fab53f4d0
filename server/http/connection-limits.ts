import type { Server } from 'node:http';
import type { Socket } from 'node:net';
import type { FastifyInstance, FastifyServerOptions } from 'fastify';

/**
 * Timeouts and connection limits (issue #13): a client sending a body one byte every few seconds used to hold its
 * connection for ever (fastify's requestTimeout and socket timeout are 0), and 2 000 of them from one address
 * starved real clients of file descriptors. Figures: docs/SERVER.md.
 */
export interface ConnectionLimits {
  /** Whole request (headers and body) must arrive within this (408 otherwise, then the socket is closed). */
  requestTimeoutMs: number;
  /** Headers must arrive within this. */
  headersTimeoutMs: number;
  /** An idle keep-alive connection is closed after this. */
  keepAliveTimeoutMs: number;
  /** A socket with no traffic at all is closed after this. */
  idleTimeoutMs: number;
  /** Requests served on one keep-alive connection before it is closed (spreads long-lived clients). */
  maxRequestsPerSocket: number;
  /** Open connections per remote address; more are closed at once. 0 = no cap. */
  maxConnectionsPerIp: number;
  /** How often Node checks requestTimeout / headersTimeout on open connections. */
  checkIntervalMs: number;
}

export const DEFAULT_CONNECTION_LIMITS: ConnectionLimits = {
  requestTimeoutMs: 30_000,
  headersTimeoutMs: 10_000,
  keepAliveTimeoutMs: 5_000,
  idleTimeoutMs: 60_000,
  maxRequestsPerSocket: 1_000,
  maxConnectionsPerIp: 32,
  checkIntervalMs: 1_000,
};

/** Fastify / Node server options for the limits (the per-address cap is {@link capConnectionsPerIp}). */
export function connectionServerOptions(limits: ConnectionLimits): Pick<
  FastifyServerOptions,
  'requestTimeout' | 'keepAliveTimeout' | 'connectionTimeout' | 'maxRequestsPerSocket'
> & {
  http: { connectionsCheckingInterval: number; headersTimeout: number; requestTimeout: number };
} {
  return {
    requestTimeout: limits.requestTimeoutMs,
    keepAliveTimeout: limits.keepAliveTimeoutMs,
    connectionTimeout: limits.idleTimeoutMs,
    maxRequestsPerSocket: limits.maxRequestsPerSocket,
    http: {
      connectionsCheckingInterval: limits.checkIntervalMs,
      // Node requires headersTimeout ≤ requestTimeout.
      headersTimeout: Math.min(limits.headersTimeoutMs, limits.requestTimeoutMs),
      requestTimeout: limits.requestTimeoutMs,
    },
  };
}

/**
 * Closes a new connection at once when its address already has `max` open. Counted on the TCP peer address:
 * behind a reverse proxy that is the proxy, so raise the cap there (or let the proxy limit per client).
 */
export function capConnectionsPerIp(server: Server, max: number): void {
  if (max <= 0) return;
  const open = new Map<string, number>();
  server.on('connection', (socket: Socket) => {
    const address = socket.remoteAddress ?? 'unknown';
    const count = open.get(address) ?? 0;
    if (count >= max) {
      socket.destroy();
      return;
    }
    open.set(address, count + 1);
    socket.once('close', () => {
      const left = (open.get(address) ?? 1) - 1;
      if (left <= 0) open.delete(address);
      else open.set(address, left);
    });
  });
}

/**
 * A reply sent before the request body was read (401, 403, 413, 415, 429 from a hook) says `Connection: close`:
 * otherwise Node keeps the connection to drain the body, which a slow client can make last for ever.
 */
export function closeOnUnreadBody(app: FastifyInstance): void {
  app.addHook('onSend', async (request, reply) => {
    if (!request.raw.complete) reply.header('connection', 'close');
  });
}
