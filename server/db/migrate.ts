import type { Db } from './open-database';
import { migrations as defaultMigrations, type Migration } from './migrations';

export interface AppliedMigration {
  version: number;
  name: string;
  applied_at: string;
}

export interface MigrationResult {
  /** Versions applied by this call (empty when the schema was already current). */
  applied: number[];
  /** Schema version after the call. */
  current: number;
}

function assertOrdered(list: readonly Migration[]): void {
  list.forEach((migration, index) => {
    if (migration.version !== index + 1) {
      throw new Error(
        `Migration list is broken: entry ${index} ("${migration.name}") has version ${migration.version}, expected ${index + 1}`,
      );
    }
  });
}

export function appliedMigrations(db: Db): AppliedMigration[] {
  return db
    .prepare('SELECT version, name, applied_at FROM schema_migrations ORDER BY version')
    .all() as AppliedMigration[];
}

/**
 * Brings the schema up to date. Safe to call on every start and from several
 * processes at once:
 * - each migration runs in its own IMMEDIATE transaction together with its
 *   `schema_migrations` row, so a crash leaves either both or neither;
 * - the "already applied?" check happens inside that write-locked transaction,
 *   so two processes starting together cannot both apply the same version.
 *
 * Refuses to run against a database newer than this code (a rollback of the
 * server after a newer one migrated), since the old code would misread it.
 */
export function runMigrations(db: Db, list: readonly Migration[] = defaultMigrations): MigrationResult {
  assertOrdered(list);
  db.exec(`
    CREATE TABLE IF NOT EXISTS schema_migrations (
      version    INTEGER PRIMARY KEY NOT NULL,
      name       TEXT NOT NULL,
      applied_at TEXT NOT NULL
    ) STRICT;
  `);

  const maxApplied = db.prepare('SELECT MAX(version) AS v FROM schema_migrations');
  const readMax = (): number => (maxApplied.get() as { v: number | null }).v ?? 0;
  const record = db.prepare('INSERT INTO schema_migrations (version, name, applied_at) VALUES (?, ?, ?)');

  const known = list.length;
  const before = readMax();
  if (before > known) {
    throw new Error(
      `Database schema is at version ${before} but this server only knows ${known} migration(s); ` +
        'refusing to start an older server on a newer database',
    );
  }

  const applied: number[] = [];
  for (const migration of list) {
    const apply = db.transaction(() => {
      if (readMax() >= migration.version) return false;
      migration.up(db);
      record.run(migration.version, migration.name, new Date().toISOString());
      return true;
    });
    try {
      if (apply.immediate()) applied.push(migration.version);
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      throw new Error(`Migration ${migration.version} (${migration.name}) failed: ${reason}`, {
        cause: error,
      });
    }
  }
  return { applied, current: readMax() };
}
