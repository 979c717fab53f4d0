import type { InviteStore } from '../auth/invite-store';
import type { TeamStore } from '../auth/team-store';
import type { ContactStore } from '../contacts/contact-store';
import type { UsageStore } from '../contacts/quotas';
import type { DirectoryStore } from '../directory/directory-store';
import type { SharedCounters } from '../http/rate-limit';
import type { StatsStore } from '../stats/stats-store';

/** Which database the stores live in; reported by /api/v1/health. */
export type StoreKind = 'sqlite' | 'postgres' | 'memory';

/**
 * The server's whole storage contract: everything a request or the admin CLI reads or writes goes through one
 * of these, never through a database handle. Implementations: SQLite (the default, ./sqlite-stores.ts),
 * PostgreSQL (`DATABASE_URL`, server/postgres/pg-stores.ts), memory (the reference model, ./memory-stores.ts).
 * One contract suite, tests/server/store-contract/, runs against all three.
 */
export interface Stores {
  kind: StoreKind;
  teams: TeamStore;
  invites: InviteStore;
  contacts: ContactStore;
  directory: DirectoryStore;
  usage: UsageStore;
  /** [S100] The aggregates behind GET /api/v1/stats. */
  stats: StatsStore;
  /**
   * Counters every instance shares (failed authentications, [S51]); only a store that several instances use
   * (PostgreSQL) has them. Without it each process counts in memory, which is exact when it is the only one.
   */
  sharedCounters?: SharedCounters;
  /**
   * Resolves when the database answers AND takes a committed write (issue #13: health said ok while every write
   * failed on a full disk); rejects otherwise.
   */
  checkWritable(): Promise<void>;
  /** Releases the database (connections, file handles). The stores are unusable afterwards. */
  close(): Promise<void>;
}
