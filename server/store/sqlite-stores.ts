import { SqliteInviteStore } from '../auth/sqlite-invite-store';
import { SqliteTeamStore } from '../auth/sqlite-team-store';
import { SqliteContactStore, type SqliteContactStoreOptions } from '../contacts/sqlite-contact-store';
import { SqliteUsageStore } from '../contacts/sqlite-usage-store';
import { openDatabase, runMigrations, type Db, type MigrationResult } from '../db';
import { SqliteDirectoryStore } from '../directory/sqlite-directory-store';
import { SqliteStatsStore } from '../stats/sqlite-stats-store';
import type { Stores } from './stores';

export interface SqliteStores extends Stores {
  kind: 'sqlite';
  /** The handle, for SQLite-only tests and tools; the server itself goes through the stores. */
  db: Db;
}

/** Every store on one open, migrated SQLite database (`options.now`: their clock, for tests). `close()` closes `db`. */
export function sqliteStores(db: Db, options: SqliteContactStoreOptions = {}): SqliteStores {
  const now = options.now ?? (() => new Date());
  const usage = new SqliteUsageStore(db);
  return {
    kind: 'sqlite',
    db,
    teams: new SqliteTeamStore(db, now),
    invites: new SqliteInviteStore(db, now),
    contacts: new SqliteContactStore(db, { ...options, now }),
    directory: new SqliteDirectoryStore(db, now),
    usage,
    stats: new SqliteStatsStore(db),
    async checkWritable() {
      // A real write, committed: one small row rewritten in place.
      db.prepare(
        "INSERT INTO meta (key, value) VALUES ('health_checked_at', ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value",
      ).run(new Date().toISOString());
    },
    async close() {
      usage.flush();
      if (db.open) db.close();
    },
  };
}

/** Opens (creating) DATA_DIR's database, applies pending migrations, and returns its stores. */
export function openSqliteStores(
  dataDir: string,
  options: SqliteContactStoreOptions = {},
): { stores: SqliteStores; migrated: MigrationResult } {
  const db = openDatabase(dataDir);
  try {
    const migrated = runMigrations(db);
    return { stores: sqliteStores(db, options), migrated };
  } catch (error) {
    db.close();
    throw error;
  }
}
