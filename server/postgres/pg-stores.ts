import type { MigrationResult } from '../db';
import type { Stores } from '../store/stores';
import { PgContactStore } from './pg-contact-store';
import { PgDirectoryStore } from './pg-directory-store';
import { pgSharedCounters } from './pg-failure-counter';
import { PgInviteStore } from './pg-invite-store';
import { runPgMigrations } from './pg-migrations';
import { openPgPool, type PgPool } from './pg-pool';
import { PgStatsStore } from './pg-stats-store';
import { PgTeamStore } from './pg-team-store';
import { PgUsageStore } from './pg-usage-store';

export interface PgStores extends Stores {
  kind: 'postgres';
  /** The pool, for PostgreSQL-only tests and tools; the server itself goes through the stores. */
  pool: PgPool;
}

/** Every store on one pool. `close()` ends the pool. */
export function pgStores(pool: PgPool, now: () => Date = () => new Date()): PgStores {
  const teams = new PgTeamStore(pool, now);
  return {
    kind: 'postgres',
    pool,
    teams,
    invites: new PgInviteStore(pool, teams, now),
    contacts: new PgContactStore(pool, now),
    directory: new PgDirectoryStore(pool, now),
    usage: new PgUsageStore(pool),
    stats: new PgStatsStore(pool),
    sharedCounters: pgSharedCounters(pool, () => now().getTime()),
    async checkWritable() {
      // A committed write: a read-only standby or a full disk fails here, not on the next sync.
      await pool.query(
        `INSERT INTO meta (key, value) VALUES ('health_checked_at', $1)
         ON CONFLICT (key) DO UPDATE SET value = excluded.value`,
        [new Date().toISOString()],
      );
    },
    async close() {
      // Idempotent, like the other stores': shutdown paths may close twice.
      if (!pool.ended && !pool.ending) await pool.end();
    },
  };
}

/** Connects to `url`, applies pending migrations, and returns the stores. */
export async function openPgStores(
  url: string,
  onError: (error: Error) => void,
): Promise<{ stores: PgStores; migrated: MigrationResult }> {
  const pool = openPgPool(url, onError);
  try {
    const migrated = await runPgMigrations(pool);
    return { stores: pgStores(pool), migrated };
  } catch (error) {
    await pool.end().catch(() => undefined);
    throw error;
  }
}
