import pg from 'pg';

/** The `pg` connection pool every PostgreSQL store shares. */
export type PgPool = pg.Pool;
export type PgClient = pg.PoolClient;

const INT8_OID = 20;

/**
 * Opens a pool on `DATABASE_URL`. BIGINT columns (revisions, cursors) come back as numbers: every value the
 * server stores is a safe integer (revisions are bounded by the protocol's schema), and the stores compare them
 * as numbers. `onError` hears of idle connections the server dropped (a restart, a failover): the next query
 * then fails and /api/v1/health says so; the process must not crash on it.
 */
export function openPgPool(url: string, onError: (error: Error) => void, max = 10): PgPool {
  const pool = new pg.Pool({
    connectionString: url,
    max,
    // A fixed-size pool: connections, once opened, stay open (pg closes idle ones after 10 s by default). Closing
    // the ones a burst had opened stalled the requests in flight: 10 s after `npm run bench:sync`'s closed loop,
    // 16–18 requests of its open loop (70 req/s) waited 66–301 ms at once, and its p99 was 203–208 ms in 2 runs of
    // 3 (target 100). Kept open: p99 19 and 29 ms. Each instance holds at most `max`: docs/SERVER.md, "Scaling out".
    idleTimeoutMillis: 0,
    // A database that does not answer must fail a request, not hold it for ever; a statement waiting on a team's
    // write lock longer than a request may last is given up (the device retries, [S43]); a transaction left open
    // by a stuck instance releases its locks.
    connectionTimeoutMillis: 10_000,
    statement_timeout: 30_000,
    idle_in_transaction_session_timeout: 60_000,
    types: {
      // pg types this as an overloaded function, which one arrow cannot be written as; the behaviour is plain.
      getTypeParser: ((oid: number, format?: 'text' | 'binary') =>
        oid === INT8_OID ? (value: string) => Number(value) : pg.types.getTypeParser(oid, format)) as never,
    },
  });
  pool.on('error', onError);
  return pool;
}

/** PostgreSQL's SQLSTATE for a unique violation. */
export const UNIQUE_VIOLATION = '23505';

export function isUniqueViolation(error: unknown): boolean {
  return (error as { code?: unknown }).code === UNIQUE_VIOLATION;
}

/**
 * Runs `work` in one transaction on one connection: COMMIT when it resolves, ROLLBACK when it throws. A
 * connection whose ROLLBACK failed is destroyed instead of going back to the pool half-used.
 */
export async function inTransaction<T>(
  pool: PgPool,
  work: (client: PgClient) => Promise<T>,
  begin = 'BEGIN',
): Promise<T> {
  const client = await pool.connect();
  let broken: Error | undefined;
  try {
    await client.query(begin);
    const result = await work(client);
    await client.query('COMMIT');
    return result;
  } catch (error) {
    await client.query('ROLLBACK').catch((rollbackError: unknown) => {
      broken = rollbackError instanceof Error ? rollbackError : new Error(String(rollbackError));
    });
    throw error;
  } finally {
    client.release(broken);
  }
}

/** First class id of every advisory lock the server takes (ASCII "LT"); the second is a team id or 0. */
export const LOCK_NAMESPACE = 0x4c54;
/** Second-level namespaces, combined into the first key so locks of different kinds never collide. */
export const LOCKS = { migrations: LOCK_NAMESPACE, directory: LOCK_NAMESPACE + 1 } as const;
