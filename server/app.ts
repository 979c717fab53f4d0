import fastifyCompress from '@fastify/compress';
import Fastify, { type FastifyInstance, type FastifyServerOptions } from 'fastify';
import type { TrustProxy } from './config';
import { isAuthenticatedRoute, tooManyRequests } from './auth/require-auth';
import { DEFAULT_QUOTAS, Quotas, type QuotaOptions } from './contacts/quotas';
import {
  capConnectionsPerIp,
  closeOnUnreadBody,
  connectionServerOptions,
  DEFAULT_CONNECTION_LIMITS,
  type ConnectionLimits,
} from './http/connection-limits';
import { clientErrorHandler, errorHandler, frameworkErrorHandler } from './http/errors';
import { loggerOptions } from './http/log-serializers';
import { DEFAULT_RATE_LIMITS, RateLimits, type RateLimitOptions } from './http/rate-limit';
import { strictUtf8Json } from './http/require-json';
import { applySecurityHeaders } from './http/security-headers';
import { isApiPath, registerStaticFiles } from './http/static-files';
import { registerApiFallback } from './routes/api-fallback';
import { registerDirectoryRoutes } from './routes/directory';
import { registerExportCsvRoute } from './routes/export-csv';
import { registerHealthRoute } from './routes/health';
import { registerJoinRoutes } from './routes/join';
import { registerOpenApiRoute } from './routes/openapi';
import { registerRobotsRoute } from './routes/robots';
import { registerStatsRoute } from './routes/stats';
import { registerSyncRoutes } from './routes/sync';
import type { Stores } from './store/stores';
import { readAppVersion } from './version';
import { DEFAULT_MIN_CELL } from '../src/shared/protocol/stats';

export interface BuildAppOptions {
  /** Absolute path of the Vite build to serve. */
  distDir: string;
  /** Where everything is stored (server/store/stores.ts), migrated. The caller owns it (and closes it). */
  stores: Stores;
  /** Fastify logger setting: false in tests, `{ level }` in production. */
  logger?: FastifyServerOptions['logger'];
  /** Fastify trustProxy: set when behind a reverse proxy so protocol/IP come from X-Forwarded-*. */
  trustProxy?: TrustProxy;
  /** Reported by /api/v1/health; defaults to package.json's version. */
  version?: string;
  /** Rate limits ([S51] in docs/SPEC.md); defaults to {@link DEFAULT_RATE_LIMITS}. Benchmarks raise them. */
  rateLimit?: Partial<RateLimitOptions>;
  /** Timeouts and connection caps; defaults to {@link DEFAULT_CONNECTION_LIMITS}. Benchmarks raise the cap. */
  connections?: Partial<ConnectionLimits>;
  /** Quotas per token and team; defaults to {@link DEFAULT_QUOTAS}. Benchmarks raise them. */
  quotas?: Partial<QuotaOptions>;
  /** [S102] Statistics: suppression threshold (default DEFAULT_MIN_CELL) and clock for "today" (tests). */
  stats?: { minCell?: number; now?: () => Date };
}

/** Largest request body accepted (JSON API payloads); larger ones get a 413. */
export const BODY_LIMIT_BYTES = 1024 * 1024;

/**
 * Fastify accepts a hop count at runtime but its types do not; this is the
 * function it builds internally for a number (trust the first `n` hops).
 */
function toFastifyTrustProxy(value: TrustProxy): false | string[] | ((address: string, hop: number) => boolean) {
  return typeof value === 'number' ? (_address, hop) => hop < value : value;
}

/**
 * Builds the HTTP application without listening, so tests and main.ts share
 * exactly the same wiring.
 */
export async function buildApp(options: BuildAppOptions): Promise<FastifyInstance> {
  // Fastify's inferred instance type depends on these options (http vs http2);
  // pin it to plain HTTP/1.1 so route modules can take a `FastifyInstance`.
  const connections = { ...DEFAULT_CONNECTION_LIMITS, ...options.connections };
  const serverOptions: FastifyServerOptions = {
    ...connectionServerOptions(connections),
    // Request/response log lines carry method, path, status and timing only ([S52]).
    logger: loggerOptions(options.logger ?? false),
    trustProxy: toFastifyTrustProxy(options.trustProxy ?? false),
    bodyLimit: BODY_LIMIT_BYTES,
    frameworkErrors: frameworkErrorHandler,
    clientErrorHandler,
  };
  const app: FastifyInstance = Fastify(serverOptions);
  capConnectionsPerIp(app.server, connections.maxConnectionsPerIp);
  closeOnUnreadBody(app);

  // First, so it covers every route, the 404 handler and errors.
  app.addHook('onRequest', async (request, reply) => {
    applySecurityHeaders(request, reply);
  });
  app.setErrorHandler(errorHandler);
  strictUtf8Json(app);

  // [S51] Per-IP limit on the API (static files are not counted: the app shell loads many). Authenticated routes
  // count per token instead, and per address only when the token is missing or wrong (requireAuth): a team
  // behind one address is not limited by its own size.
  const limits = new RateLimits({ ...DEFAULT_RATE_LIMITS, ...options.rateLimit }, options.stores.sharedCounters);
  app.addHook('onRoute', (route) => {
    if (isAuthenticatedRoute(route.onRequest)) route.config = { ...route.config, authenticated: true };
  });
  app.addHook('onRequest', async (request) => {
    if ((request.routeOptions.config as { authenticated?: boolean } | undefined)?.authenticated) return;
    if (!isApiPath(request.url.split('?', 1)[0] ?? '')) return;
    const wait = limits.perIp.hit(`ip:${request.ip}`);
    if (wait > 0) throw tooManyRequests(wait, 'Too many requests from this address; slow down');
  });
  app.decorateRequest('principal', null);

  // Brotli for browsers (all current ones), gzip for the rest. No zstd: Node 20
  // has no zstd in zlib. Registered before the routes it should wrap.
  await app.register(fastifyCompress, { global: true, encodings: ['br', 'gzip'] });

  const version = options.version ?? readAppVersion();
  const { stores } = options;
  registerHealthRoute(app, { stores, version });
  registerOpenApiRoute(app, version);
  const syncDeps = {
    teams: stores.teams,
    limits,
    contacts: stores.contacts,
    quotas: new Quotas(stores.usage, stores.contacts, { ...DEFAULT_QUOTAS, ...options.quotas }),
  };
  registerSyncRoutes(app, syncDeps);
  registerJoinRoutes(app, { invites: stores.invites, limits });
  registerExportCsvRoute(app, syncDeps);
  registerStatsRoute(app, {
    teams: stores.teams,
    limits,
    stats: stores.stats,
    minCell: options.stats?.minCell ?? DEFAULT_MIN_CELL,
    now: options.stats?.now ?? (() => new Date()),
  });
  registerDirectoryRoutes(app, { teams: stores.teams, limits, directory: stores.directory });
  registerRobotsRoute(app);
  registerApiFallback(app);
  await registerStaticFiles(app, { distDir: options.distDir });

  return app;
}
