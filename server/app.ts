import fastifyCompress from '@fastify/compress';
import Fastify, { type FastifyInstance, type FastifyServerOptions } from 'fastify';
import type { TrustProxy } from './config';
import type { Db } from './db';
import { clientErrorHandler, errorHandler, frameworkErrorHandler } from './http/errors';
import { applySecurityHeaders } from './http/security-headers';
import { registerStaticFiles } from './http/static-files';
import { registerApiFallback } from './routes/api-fallback';
import { registerHealthRoute } from './routes/health';
import { registerRobotsRoute } from './routes/robots';
import { readAppVersion } from './version';

export interface BuildAppOptions {
  /** Absolute path of the Vite build to serve. */
  distDir: string;
  /** Open, migrated database. The caller owns it (and closes it). */
  db: Db;
  /** Fastify logger setting: false in tests, `{ level }` in production. */
  logger?: FastifyServerOptions['logger'];
  /** Fastify trustProxy: set when behind a reverse proxy so protocol/IP come from X-Forwarded-*. */
  trustProxy?: TrustProxy;
  /** Reported by /api/v1/health; defaults to package.json's version. */
  version?: string;
}

/** Largest request body accepted (JSON API payloads); larger ones get a 413. */
export const BODY_LIMIT_BYTES = 1024 * 1024;

/**
 * Fastify accepts a hop count at runtime but its types do not; this is the
 * function it builds internally for a number (trust the first `n` hops).
 */
function toFastifyTrustProxy(value: TrustProxy): boolean | string[] | ((address: string, hop: number) => boolean) {
  return typeof value === 'number' ? (_address, hop) => hop < value : value;
}

/**
 * Builds the HTTP application without listening, so tests and main.ts share
 * exactly the same wiring.
 */
export async function buildApp(options: BuildAppOptions): Promise<FastifyInstance> {
  // Fastify's inferred instance type depends on these options (http vs http2);
  // pin it to plain HTTP/1.1 so route modules can take a `FastifyInstance`.
  const serverOptions: FastifyServerOptions = {
    logger: options.logger ?? false,
    trustProxy: toFastifyTrustProxy(options.trustProxy ?? false),
    bodyLimit: BODY_LIMIT_BYTES,
    frameworkErrors: frameworkErrorHandler,
    clientErrorHandler,
  };
  const app: FastifyInstance = Fastify(serverOptions);

  // First, so it covers every route, the 404 handler and errors.
  app.addHook('onRequest', async (request, reply) => {
    applySecurityHeaders(request, reply);
  });
  app.setErrorHandler(errorHandler);

  // Brotli for browsers (all current ones), gzip for the rest. No zstd: Node 20
  // has no zstd in zlib. Registered before the routes it should wrap.
  await app.register(fastifyCompress, { global: true, encodings: ['br', 'gzip'] });

  registerHealthRoute(app, { db: options.db, version: options.version ?? readAppVersion() });
  registerRobotsRoute(app);
  registerApiFallback(app);
  await registerStaticFiles(app, { distDir: options.distDir });

  return app;
}
