import type { UsageStore } from '../contacts/quotas';
import type { PgPool } from './pg-pool';

/** {@link UsageStore} on PostgreSQL: table `daily_writes`, added to with one atomic upsert. */
export class PgUsageStore implements UsageStore {
  constructor(private readonly pool: PgPool) {}

  async tokenWrites(day: string, tokenId: number): Promise<number> {
    const { rows } = await this.pool.query<{ n: number }>(
      'SELECT writes AS n FROM daily_writes WHERE day = $1 AND token_id = $2',
      [day, tokenId],
    );
    return rows[0]?.n ?? 0;
  }

  async teamWrites(day: string, teamId: number): Promise<number> {
    const { rows } = await this.pool.query<{ n: number | null }>(
      'SELECT SUM(writes) AS n FROM daily_writes WHERE day = $1 AND team_id = $2',
      [day, teamId],
    );
    return Number(rows[0]?.n ?? 0);
  }

  async addWrites(day: string, tokenId: number, teamId: number, writes: number): Promise<void> {
    await this.pool.query(
      `INSERT INTO daily_writes (day, token_id, team_id, writes) VALUES ($1, $2, $3, $4)
       ON CONFLICT (day, token_id) DO UPDATE SET writes = daily_writes.writes + excluded.writes`,
      [day, tokenId, teamId, writes],
    );
  }
}
