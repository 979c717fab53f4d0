/**
 * The PostgreSQL pool's settings (server/postgres/pg-pool.ts). The pool connects lazily: nothing here needs a
 * database.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { openPgPool, type PgPool } from '../../server/postgres/pg-pool';

let pool: PgPool | undefined;
afterEach(async () => {
  await pool?.end();
  pool = undefined;
});

describe('PostgreSQL pool', () => {
  it('is fixed-size: it never closes idle connections (reaping them stalled the requests in flight)', () => {
    pool = openPgPool('postgres://nobody@127.0.0.1:1/none', () => undefined);
    // pg-pool reaps idle clients only when idleTimeoutMillis is truthy; its default is 10 000 ms.
    expect(pool.options.idleTimeoutMillis).toBe(0);
    expect(pool.options.max).toBe(10);
  });

  it('fails a connection attempt in bounded time and bounds statements and idle transactions', () => {
    pool = openPgPool('postgres://nobody@127.0.0.1:1/none', () => undefined, 4);
    expect(pool.options).toMatchObject({
      max: 4,
      connectionTimeoutMillis: 10_000,
      statement_timeout: 30_000,
      idle_in_transaction_session_timeout: 60_000,
    });
  });
});
