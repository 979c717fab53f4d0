import type { Statement, Transaction } from 'better-sqlite3';
import type { Db } from '../db';
import type { UsageStore } from './quotas';

/** How long additions wait in memory before they are committed together. */
export const USAGE_WRITE_BEHIND_MS = 250;

interface Pending {
  day: string;
  tokenId: number;
  teamId: number;
  writes: number;
}

/**
 * {@link UsageStore} on SQLite: table `daily_writes` (migration 6), written behind. Committing each batch's
 * count on its own cost every sync request a second fsync after its contacts' (synchronous = FULL), a third of
 * the server's ingest time (`npm run bench:sync`, CPU profile). Additions wait here at most
 * {@link USAGE_WRITE_BEHIND_MS} and are committed in one transaction; reads count them meanwhile. SQLite serves
 * one process, so nothing else needs to see them sooner. A crash loses at most that window of counts: the quotas
 * bound abuse, they are not a ledger (server/contacts/quotas.ts). `close()` commits what waits.
 */
export class SqliteUsageStore implements UsageStore {
  private readonly tokenToday: Statement<[string, number], { n: number | null }>;
  private readonly teamToday: Statement<[string, number], { n: number | null }>;
  private readonly commit: Transaction<(rows: Pending[]) => void>;
  private readonly pending = new Map<string, Pending>();
  private timer: NodeJS.Timeout | undefined;

  constructor(private readonly db: Db) {
    this.tokenToday = db.prepare('SELECT writes AS n FROM daily_writes WHERE day = ? AND token_id = ?');
    this.teamToday = db.prepare('SELECT SUM(writes) AS n FROM daily_writes WHERE day = ? AND team_id = ?');
    const add = db.prepare(
      `INSERT INTO daily_writes (day, token_id, team_id, writes) VALUES (?, ?, ?, ?)
       ON CONFLICT (day, token_id) DO UPDATE SET writes = writes + excluded.writes`,
    );
    this.commit = db.transaction((rows: Pending[]) => {
      for (const row of rows) add.run(row.day, row.tokenId, row.teamId, row.writes);
    });
  }

  async tokenWrites(day: string, tokenId: number): Promise<number> {
    const waiting = this.pending.get(key(day, tokenId))?.writes ?? 0;
    return (this.tokenToday.get(day, tokenId)?.n ?? 0) + waiting;
  }

  async teamWrites(day: string, teamId: number): Promise<number> {
    let waiting = 0;
    for (const row of this.pending.values()) if (row.day === day && row.teamId === teamId) waiting += row.writes;
    return (this.teamToday.get(day, teamId)?.n ?? 0) + waiting;
  }

  async addWrites(day: string, tokenId: number, teamId: number, writes: number): Promise<void> {
    const row = this.pending.get(key(day, tokenId));
    if (row) row.writes += writes;
    else this.pending.set(key(day, tokenId), { day, tokenId, teamId, writes });
    this.timer ??= setTimeout(() => this.flush(), USAGE_WRITE_BEHIND_MS).unref();
  }

  /**
   * Commits the additions that wait. On failure (a full disk) they stay waiting and are tried again later:
   * reads keep counting them, so a quota is never reset by a failed write.
   */
  flush(): void {
    clearTimeout(this.timer);
    this.timer = undefined;
    if (this.pending.size === 0 || !this.db.open) return;
    const rows = [...this.pending.values()];
    try {
      this.commit(rows);
      this.pending.clear();
    } catch {
      this.timer = setTimeout(() => this.flush(), USAGE_WRITE_BEHIND_MS * 4).unref();
    }
  }
}

const key = (day: string, tokenId: number) => `${day}|${tokenId}`;
