import type { ServerConfig } from '../config';
import type { MigrationResult } from '../db';
import { openPgStores } from '../postgres/pg-stores';
import { openSqliteStores } from './sqlite-stores';
import type { Stores } from './stores';

/** Where the configured database is, for a log line or an error message (never the URL: it may hold a password). */
export function describeDatabase(config: Pick<ServerConfig, 'databaseUrl' | 'dataDir'>): string {
  if (config.databaseUrl === undefined) return `SQLite in ${config.dataDir}`;
  try {
    const url = new URL(config.databaseUrl);
    return `PostgreSQL at ${url.hostname}${url.port ? `:${url.port}` : ''}${url.pathname}`;
  } catch {
    return 'PostgreSQL (DATABASE_URL)';
  }
}

/**
 * Opens the configured stores and brings their schema up to date: PostgreSQL when `DATABASE_URL` is set, else
 * SQLite in DATA_DIR (the default: `npm start` needs nothing else). Used by the server and the admin CLI.
 */
export async function openStores(
  config: Pick<ServerConfig, 'databaseUrl' | 'dataDir'>,
  onPoolError: (error: Error) => void = (error) => process.stderr.write(`database connection lost: ${error.message}\n`),
): Promise<{ stores: Stores; migrated: MigrationResult }> {
  if (config.databaseUrl !== undefined) return openPgStores(config.databaseUrl, onPoolError);
  return openSqliteStores(config.dataDir);
}
