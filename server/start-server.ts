import fs from 'node:fs';
import path from 'node:path';
import type { FastifyInstance } from 'fastify';
import { buildApp } from './app';
import { ConfigError, type ServerConfig } from './config';
import type { MigrationResult } from './db';
import { describeDatabase, openStores } from './store/open-stores';
import type { Stores } from './store/stores';

/** A start-up problem the operator can fix; main prints only its message, no stack. */
export class StartupError extends Error {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'StartupError';
  }
}

/**
 * Prints a failed start for a human and marks the process as failed.
 * Config and start-up errors are operator-fixable: their message says what to
 * do, and a stack trace would only bury it.
 */
export function reportStartFailure(error: unknown): void {
  if (error instanceof ConfigError || error instanceof StartupError) {
    console.error(`\n${error.message}\n`);
  } else {
    console.error(error);
  }
  process.exitCode = 1;
}

export interface RunningServer {
  app: FastifyInstance;
  stores: Stores;
  url: string;
  /** Stops accepting connections, lets in-flight requests finish, then closes the stores. */
  close: () => Promise<void>;
}

function assertBuilt(distDir: string): void {
  const index = path.join(distDir, 'index.html');
  if (!fs.existsSync(index)) {
    throw new StartupError(
      `The front end is not built: ${index} is missing.\n` +
        'Run `npm run build` first (or `npm start`, which builds when needed), ' +
        'or point DIST_DIR at a directory containing a build.',
    );
  }
}

function displayUrl(host: string, port: number): string {
  const shown = host.includes(':') ? `[${host}]` : host;
  return `http://${shown}:${port}`;
}

/** Opens the stores (SQLite, or PostgreSQL with DATABASE_URL), migrates them, builds the app and listens. */
export async function startServer(config: ServerConfig): Promise<RunningServer> {
  assertBuilt(config.distDir);

  let stores: Stores;
  let migrated: MigrationResult;
  let app: FastifyInstance | undefined;
  try {
    // An idle pooled connection dropped by PostgreSQL (restart, failover): said in the log, never fatal.
    ({ stores, migrated } = await openStores(config, (error) => {
      if (app) app.log.warn({ err: error }, 'database connection lost');
      else process.stderr.write(`database connection lost: ${error.message}\n`);
    }));
  } catch (error) {
    throw new StartupError(`Cannot open the database (${describeDatabase(config)}): ${(error as Error).message}`, {
      cause: error,
    });
  }

  try {
    app = await buildApp({
      distDir: config.distDir,
      stores,
      logger: { level: config.logLevel },
      trustProxy: config.trustProxy,
      rateLimit: config.rateLimit,
      connections: config.connections,
      quotas: config.quotas,
      stats: config.stats,
    });
    app.log.info(
      { database: describeDatabase(config), distDir: config.distDir, applied: migrated.applied },
      `${stores.kind} schema at version ${migrated.current}`,
    );
    await app.listen({ port: config.port, host: config.host });
  } catch (error) {
    await app?.close().catch(() => undefined);
    await stores.close();
    if ((error as NodeJS.ErrnoException).code === 'EADDRINUSE') {
      throw new StartupError(
        `Port ${config.port} on ${config.host} is already in use; stop the other process or set PORT.`,
        { cause: error },
      );
    }
    throw error;
  }

  const address = app.server.address();
  const port = typeof address === 'object' && address !== null ? address.port : config.port;
  const url = displayUrl(config.host, port);
  app.log.info(`LIMITS Terrain server ready at ${url}`);

  const started = app;
  let closing: Promise<void> | undefined;
  const close = (): Promise<void> => {
    closing ??= (async () => {
      try {
        await started.close();
      } finally {
        // After the HTTP server: an in-flight request may still be writing.
        await stores.close();
      }
    })();
    return closing;
  };
  return { app: started, stores, url, close };
}

/** Time allowed for in-flight requests to finish before the process exits anyway. */
const SHUTDOWN_GRACE_MS = 10_000;

/**
 * SIGINT (Ctrl-C) and SIGTERM (systemd, docker stop) close the server cleanly
 * so SQLite checkpoints its WAL and no request is cut mid-transaction. A
 * second signal, or a hung request past the grace period, forces the exit.
 */
export function installShutdownHandlers(server: RunningServer): void {
  let shuttingDown = false;
  const onSignal = (signal: NodeJS.Signals): void => {
    if (shuttingDown) {
      server.app.log.warn(`${signal} again: exiting immediately`);
      process.exit(1);
    }
    shuttingDown = true;
    server.app.log.info(`${signal} received: shutting down`);
    const timer = setTimeout(() => {
      server.app.log.error(`shutdown took over ${SHUTDOWN_GRACE_MS} ms: exiting`);
      process.exit(1);
    }, SHUTDOWN_GRACE_MS);
    timer.unref();
    server.close().then(
      () => {
        clearTimeout(timer);
        process.exitCode = 0;
      },
      (error: unknown) => {
        server.app.log.error({ err: error }, 'error during shutdown');
        process.exit(1);
      },
    );
  };
  process.on('SIGINT', onSignal);
  process.on('SIGTERM', onSignal);
}
