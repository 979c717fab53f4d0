import { AdminError } from '../auth/team-store';
import type { Db } from '../db';
import { inTransaction, type PgClient, type PgPool } from './pg-pool';

/** One table copied from SQLite to PostgreSQL: columns in both, and how a SQLite row becomes PostgreSQL values. */
interface TableCopy {
  table: string;
  columns: readonly string[];
  /** SQLite SELECT giving `columns` in order, in an order that respects foreign keys within the table. */
  select: string;
  convert?: (row: Record<string, unknown>) => Record<string, unknown>;
}

const bool = (value: unknown) => value === 1;

function occurredMs(bodyJson: unknown): number | null {
  if (typeof bodyJson !== 'string') return null;
  const { occurredAt } = JSON.parse(bodyJson) as { occurredAt?: string };
  return occurredAt === undefined ? null : Date.parse(occurredAt);
}

/** In foreign-key order. `meta` is not copied: it describes each database itself. */
const TABLES: readonly TableCopy[] = [
  {
    table: 'teams',
    columns: ['id', 'name', 'created_at'],
    select: 'SELECT id, name, created_at FROM teams ORDER BY id',
  },
  {
    table: 'tokens',
    columns: ['id', 'team_id', 'role', 'label', 'token_hash', 'created_at', 'revoked_at', 'last_used_at', 'device'],
    select: 'SELECT * FROM tokens ORDER BY id',
  },
  {
    table: 'invites',
    columns: [
      'id',
      'team_id',
      'role',
      'label',
      'invite_hash',
      'created_at',
      'expires_at',
      'used_at',
      'token_id',
      'device',
    ],
    select: 'SELECT * FROM invites ORDER BY id',
  },
  {
    table: 'contacts',
    columns: [
      'team_id',
      'id',
      'revision',
      'updated_at',
      'deleted',
      'body_json',
      'content_hash',
      'occurred_ms',
      'seq',
      'received_at',
      'created_by',
      'written_by',
    ],
    select: 'SELECT * FROM contacts ORDER BY seq',
    convert: (row) => ({ ...row, deleted: bool(row.deleted), occurred_ms: occurredMs(row.body_json) }),
  },
  {
    table: 'contact_revisions',
    columns: [
      'team_id',
      'id',
      'revision',
      'updated_at',
      'deleted',
      'body_json',
      'content_hash',
      'written_by',
      'received_at',
    ],
    select: 'SELECT * FROM contact_revisions ORDER BY team_id, id, revision',
    convert: (row) => ({ ...row, deleted: bool(row.deleted) }),
  },
  {
    table: 'directory_versions',
    columns: ['team_id', 'version', 'updated_at', 'entries_json', 'content_hash', 'entry_count', 'published_by'],
    select: 'SELECT * FROM directory_versions ORDER BY team_id, version',
  },
  {
    table: 'daily_writes',
    columns: ['day', 'token_id', 'team_id', 'writes'],
    select: 'SELECT * FROM daily_writes ORDER BY day, token_id',
  },
];

/** Rows per INSERT: well under PostgreSQL's 65 535 parameters for the widest table. */
const CHUNK = 500;

async function insertChunk(client: PgClient, copy: TableCopy, rows: Array<Record<string, unknown>>): Promise<void> {
  const values: unknown[] = [];
  const tuples = rows.map((row) => {
    const converted = copy.convert ? copy.convert(row) : row;
    const placeholders = copy.columns.map((column) => {
      values.push(converted[column] ?? null);
      return `$${values.length}`;
    });
    return `(${placeholders.join(', ')})`;
  });
  await client.query(`INSERT INTO ${copy.table} (${copy.columns.join(', ')}) VALUES ${tuples.join(', ')}`, values);
}

export interface CopiedTable {
  table: string;
  rows: number;
}

/**
 * Copies a whole SQLite database (migrated to the current version) into an empty, migrated PostgreSQL database, in
 * one transaction, ids kept (tokens stay valid: only their hashes exist, and they are copied as they are), then
 * counts every table on both sides and commits only if they agree. Afterwards: identity counters moved past the
 * copied ids, each team's change counter set to its highest cursor, so devices and coordinators carry on.
 */
export async function importSqlite(db: Db, pool: PgPool): Promise<CopiedTable[]> {
  return inTransaction(pool, async (client) => {
    const existing = await client.query<{ n: number }>('SELECT COUNT(*)::int AS n FROM teams');
    if ((existing.rows[0]?.n ?? 0) > 0) {
      throw new AdminError('The PostgreSQL database already has teams: import only into an empty one');
    }
    const copied: CopiedTable[] = [];
    for (const copy of TABLES) {
      let chunk: Array<Record<string, unknown>> = [];
      for (const row of db.prepare(copy.select).iterate() as IterableIterator<Record<string, unknown>>) {
        chunk.push(row);
        if (chunk.length === CHUNK) {
          await insertChunk(client, copy, chunk);
          chunk = [];
        }
      }
      if (chunk.length > 0) await insertChunk(client, copy, chunk);
      const sqlite = (db.prepare(`SELECT COUNT(*) AS n FROM ${copy.table}`).get() as { n: number }).n;
      const postgres = (await client.query<{ n: number }>(`SELECT COUNT(*)::int AS n FROM ${copy.table}`)).rows[0]?.n;
      if (postgres !== sqlite) {
        throw new Error(
          `${copy.table}: ${sqlite} rows in SQLite but ${String(postgres)} in PostgreSQL; nothing imported`,
        );
      }
      copied.push({ table: copy.table, rows: sqlite });
    }
    for (const table of ['teams', 'tokens', 'invites']) {
      await client.query(
        `SELECT setval(pg_get_serial_sequence('${table}', 'id'), COALESCE((SELECT MAX(id) FROM ${table}), 0) + 1, false)`,
      );
    }
    await client.query(
      'INSERT INTO contact_heads (team_id, seq) SELECT team_id, MAX(seq) FROM contacts GROUP BY team_id',
    );
    return copied;
  });
}
