/**
 * The floors the server's ingest is compared with: the same rows written straight into the same kind of
 * database, one transaction per batch like the server, with no HTTP, no validation and no sync rule. Both still
 * compute the canonical body and its hash, which the stored row needs.
 */
import pg from 'pg';
import type { Contact } from '../../src/shared/protocol/protocol';
import { contentHash } from '../../server/contacts/content-hash';
import { canonicalContent, stableStringify } from '../../src/shared/protocol/canonical-json';
import { openDatabase, runMigrations } from '../../server/db';

export interface RawInserter {
  /** Writes one batch in one transaction; resolves with the time it took in ms. */
  insertBatch: (batch: Contact[]) => Promise<number>;
  close: () => Promise<void>;
}

/** Into a SQLite file of its own, with the server's pragmas and schema (its migrations). */
export function rawSqliteInserter(dataDir: string): RawInserter {
  const db = openDatabase(dataDir);
  runMigrations(db);
  db.prepare("INSERT INTO teams (id, name, created_at) VALUES (1, 'Raw', '2025-01-01T00:00:00Z')").run();
  const insert = db.prepare(
    `INSERT INTO contacts (team_id, id, revision, updated_at, deleted, body_json, content_hash, seq, received_at)
     VALUES (1, ?, ?, ?, 0, ?, ?, ?, ?)`,
  );
  let seq = 0;
  const write = db.transaction((batch: Contact[]) => {
    const receivedAt = new Date().toISOString();
    for (const c of batch) {
      const bodyJson = stableStringify(c.body);
      insert.run(c.id, c.revision, c.updatedAt, bodyJson, contentHash(canonicalContent(c)), ++seq, receivedAt);
    }
  });
  return {
    async insertBatch(batch) {
      const started = performance.now();
      write.immediate(batch);
      return performance.now() - started;
    },
    close: async () => {
      db.close();
    },
  };
}

interface ColumnInfo {
  column_name: string;
  data_type: string;
  is_nullable: 'YES' | 'NO';
  column_default: string | null;
}

const RAW_TABLE = 'bench_raw_contacts';

/** What one raw row is made of, computed once per row (not once per column). */
interface RawRow {
  c: Contact;
  bodyJson: string | null;
  hash: string;
  seq: number;
  receivedAt: string;
}

function rawRow(c: Contact, seq: number, receivedAt: string): RawRow {
  const bodyJson = c.body === null ? null : stableStringify(c.body);
  return { c, bodyJson, hash: contentHash(canonicalContent(c)), seq, receivedAt };
}

/** A value for a column of the contacts table, by its name and SQL type; undefined when the bench has none. */
function columnValue(column: ColumnInfo, { c, bodyJson, hash, seq, receivedAt }: RawRow): unknown {
  const integer = /int|numeric/.test(column.data_type);
  switch (column.column_name) {
    case 'team_id':
      return 1;
    case 'id':
      return c.id;
    case 'revision':
      return c.revision;
    case 'updated_at':
      return c.updatedAt;
    case 'deleted':
      return integer ? (c.deleted ? 1 : 0) : c.deleted;
    case 'body':
    case 'body_json':
      return bodyJson;
    case 'content_hash':
      return column.data_type === 'bytea' ? Buffer.from(hash, 'hex') : hash;
    case 'seq':
      return seq;
    case 'received_at':
      return receivedAt;
    case 'created_by':
    case 'written_by':
      return null;
    default:
      return undefined;
  }
}

/**
 * Into PostgreSQL, in the server's database, a table shaped like the server's `contacts` (`LIKE … INCLUDING ALL`:
 * same column types, primary key, checks and indexes, no foreign keys) so the floor pays for the same types the
 * store does. One prepared INSERT per row, BEGIN/COMMIT around each batch: the server's transaction size.
 */
export async function rawPgInserter(url: string): Promise<RawInserter> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const exists = await client.query<{ t: string | null }>("SELECT to_regclass('contacts')::text AS t");
    if (exists.rows[0]?.t == null) {
      throw new Error('no `contacts` table in the server database: did the server run its PostgreSQL migrations?');
    }
    await client.query(`CREATE TABLE ${RAW_TABLE} (LIKE contacts INCLUDING ALL)`);
    const { rows: columns } = await client.query<ColumnInfo>(
      `SELECT column_name, data_type, is_nullable, column_default FROM information_schema.columns
       WHERE table_schema = current_schema() AND table_name = $1 ORDER BY ordinal_position`,
      [RAW_TABLE],
    );
    const probe = rawRow(rawProbe, 1, '');
    const sample = columns.map((column) => columnValue(column, probe));
    const missing = columns.filter(
      (column, i) => sample[i] === undefined && column.is_nullable === 'NO' && column.column_default === null,
    );
    if (missing.length > 0) {
      throw new Error(`raw PostgreSQL loop: no value for required column(s) ${missing.map((c) => c.column_name)}`);
    }
    const used = columns.filter((_, i) => sample[i] !== undefined);
    const text = `INSERT INTO ${RAW_TABLE} (${used.map((c) => c.column_name).join(', ')})
                  VALUES (${used.map((_, i) => `$${i + 1}`).join(', ')})`;
    let seq = 0;
    return {
      async insertBatch(batch) {
        const started = performance.now();
        const receivedAt = new Date().toISOString();
        await client.query('BEGIN');
        try {
          for (const c of batch) {
            seq += 1;
            const row = rawRow(c, seq, receivedAt);
            await client.query({ name: 'bench_raw_insert', text, values: used.map((col) => columnValue(col, row)) });
          }
          await client.query('COMMIT');
        } catch (error) {
          await client.query('ROLLBACK');
          throw error;
        }
        return performance.now() - started;
      },
      close: () => client.end(),
    };
  } catch (error) {
    await client.end();
    throw error;
  }
}

/** A contact used only to find which columns the bench can fill. */
const rawProbe: Contact = {
  id: '00000000-0000-4000-8000-000000000000',
  revision: 1,
  updatedAt: '2025-01-01T00:00:00.000Z',
  deleted: true,
  body: null,
};
