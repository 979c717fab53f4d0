import { createHash } from 'node:crypto';
import type { FailureCounter, SharedCounters } from '../http/rate-limit';
import type { PgPool } from './pg-pool';

/** Expired windows are deleted every this many recorded failures (a cheap, indexed delete). */
const SWEEP_EVERY = 200;

const hashKey = (key: string) => createHash('sha256').update(key, 'utf8').digest();

/**
 * [S51] A fixed-window failure counter in table `auth_failures`, shared by every instance. Only failures write
 * (a valid token never touches it), so the cost falls on the guesser. `record` is one atomic upsert: failures
 * recorded at once on two instances both count.
 */
export class PgFailureCounter implements FailureCounter {
  private recorded = 0;

  constructor(
    private readonly pool: PgPool,
    private readonly limit: number,
    private readonly windowMs: number,
    private readonly now: () => number = Date.now,
  ) {}

  async retryAfter(key: string): Promise<number> {
    const now = this.now();
    const { rows } = await this.pool.query<{ failures: number; reset_at: number }>(
      'SELECT failures, reset_at FROM auth_failures WHERE key_hash = $1 AND reset_at > $2',
      [hashKey(key), now],
    );
    const row = rows[0];
    if (!row || row.failures < this.limit) return 0;
    return Math.max(1, Math.ceil((row.reset_at - now) / 1000));
  }

  async record(key: string): Promise<void> {
    const now = this.now();
    await this.pool.query(
      `INSERT INTO auth_failures (key_hash, failures, reset_at) VALUES ($1, 1, $2 + $3::bigint)
       ON CONFLICT (key_hash) DO UPDATE SET
         failures = CASE WHEN auth_failures.reset_at <= $2 THEN 1 ELSE auth_failures.failures + 1 END,
         reset_at = CASE WHEN auth_failures.reset_at <= $2 THEN excluded.reset_at ELSE auth_failures.reset_at END`,
      [hashKey(key), now, this.windowMs],
    );
    if (++this.recorded % SWEEP_EVERY === 0) {
      await this.pool.query('DELETE FROM auth_failures WHERE reset_at <= $1', [now]);
    }
  }
}

/** The counters a PostgreSQL store shares between instances. */
export function pgSharedCounters(pool: PgPool, now: () => number = Date.now): SharedCounters {
  return { failureCounter: (limit, windowMs) => new PgFailureCounter(pool, limit, windowMs, now) };
}
