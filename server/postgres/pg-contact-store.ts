import type { Contact, ContactsPage, SyncResult } from '../../src/shared/protocol/protocol';
import { decideSync, syncResult, type Writer } from '../../src/shared/protocol/sync-rule';
import { cursorToSeq, type ContactRevision, type ContactStore } from '../contacts/contact-store';
import { prepareContact, type PreparedContact } from '../contacts/prepare-contact';
import { inTransaction, type PgClient, type PgPool } from './pg-pool';

interface Row {
  id: string;
  revision: number;
  updated_at: string;
  deleted: boolean;
  body_json: string | null;
  content_hash: string;
  occurred_ms: number | null;
  seq: number;
  received_at: string;
  created_by: number | null;
  written_by: number | null;
}

const COLUMNS =
  'id, revision, updated_at, deleted, body_json, content_hash, occurred_ms, seq, received_at, created_by, written_by';

/** Contacts fetched per query by {@link PgContactStore.exportLive}. */
const EXPORT_CHUNK = 500;

function toContact(row: Pick<Row, 'id' | 'revision' | 'updated_at' | 'deleted' | 'body_json'>): Contact {
  const base = { id: row.id, revision: row.revision, updatedAt: row.updated_at };
  return row.deleted
    ? { ...base, deleted: true, body: null }
    : {
        ...base,
        deleted: false,
        body: JSON.parse(row.body_json ?? 'null') as Extract<Contact, { deleted: false }>['body'],
      };
}

/** Column arrays for `unnest`: one array per column, one element per row. */
function columns<K extends keyof Row>(rows: readonly Row[], keys: readonly K[]): unknown[] {
  return keys.map((key) => rows.map((row) => row[key]));
}

const UNNEST_ROW = `unnest($2::text[], $3::bigint[], $4::text[], $5::boolean[], $6::text[], $7::text[], $8::float8[],
  $9::bigint[], $10::text[], $11::int[], $12::int[])
  AS u(id, revision, updated_at, deleted, body_json, content_hash, occurred_ms, seq, received_at, created_by, written_by)`;
const ROW_KEYS = [
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
] as const;

/**
 * The {@link ContactStore} on PostgreSQL, for several server instances writing at once ([S14], [S15]).
 *
 * Every write of a team's contacts (a batch, a restore) first locks the team's row of `contact_heads` (an
 * `INSERT … ON CONFLICT DO UPDATE … RETURNING`, which creates it the first time and row-locks it), so the
 * writes of one team apply one after another whatever instance receives them, while other teams proceed in
 * parallel. Under that lock the batch reads the stored rows it touches, decides each contact with the shared
 * sync rule, and writes in a few set-based statements whose own checks would refuse a lost update anyway:
 * new rows with `ON CONFLICT DO NOTHING` (every one must be inserted), changed rows with `WHERE revision = the
 * revision read`. The team's change counter (`seq`, the [S30] cursor) is taken under the same lock, so cursors
 * grow in commit order: a coordinator paging with a cursor never skips a change committed late.
 */
export class PgContactStore implements ContactStore {
  constructor(
    private readonly pool: PgPool,
    private readonly now: () => Date = () => new Date(),
  ) {}

  /** Locks the team's writes until the transaction ends; returns its change counter. */
  private async lockTeam(client: PgClient, teamId: number): Promise<number> {
    const { rows } = await client.query<{ seq: number }>(
      `INSERT INTO contact_heads (team_id, seq) VALUES ($1, 0)
       ON CONFLICT (team_id) DO UPDATE SET seq = contact_heads.seq RETURNING seq`,
      [teamId],
    );
    return rows[0]?.seq ?? 0;
  }

  async applyBatch(teamId: number, contacts: readonly unknown[], writer?: Writer): Promise<SyncResult[]> {
    // Validation and hashing before the transaction: the lock is held only for the database work.
    const prepared = contacts.map((raw) => prepareContact(raw));
    return inTransaction(this.pool, async (client) => {
      let seq = await this.lockTeam(client, teamId);
      const ids = [...new Set(prepared.flatMap((item) => (item.ok ? [item.contact.id] : (item.validId ?? []))))];
      const stored = new Map<string, Row>();
      if (ids.length > 0) {
        const { rows } = await client.query<Row>(
          `SELECT ${COLUMNS} FROM contacts WHERE team_id = $1 AND id = ANY($2::text[])`,
          [teamId, ids],
        );
        for (const row of rows) stored.set(row.id, row);
      }
      const current = new Map(stored);
      const archived: Row[] = [];
      const receivedAt = this.now().toISOString();
      const results = prepared.map((item) => this.decide(item, current, archived, writer, receivedAt, () => ++seq));
      await this.write(client, teamId, stored, current, archived);
      await client.query('UPDATE contact_heads SET seq = $2 WHERE team_id = $1', [teamId, seq]);
      return results;
    });
  }

  /** One contact of a batch against the batch's view of the table (`current`, updated as it goes). */
  private decide(
    item: PreparedContact,
    current: Map<string, Row>,
    archived: Row[],
    writer: Writer | undefined,
    receivedAt: string,
    nextSeq: () => number,
  ): SyncResult {
    if (!item.ok) {
      const existing = item.validId === null ? undefined : current.get(item.validId);
      return {
        id: item.id,
        status: 'rejected',
        reason: item.reason,
        ...(existing ? { revision: existing.revision } : {}),
      };
    }
    const { contact, bodyJson, hash } = item;
    const existing = current.get(contact.id);
    const outcome = decideSync(
      contact.revision,
      existing && {
        revision: existing.revision,
        createdBy: existing.created_by,
        sameContent: existing.content_hash === hash,
      },
      writer,
    );
    if (outcome.status === 'created' || outcome.status === 'updated') {
      if (existing) archived.push(existing);
      current.set(contact.id, {
        id: contact.id,
        revision: contact.revision,
        updated_at: contact.updatedAt,
        deleted: contact.deleted,
        body_json: bodyJson,
        content_hash: hash,
        occurred_ms: contact.body === null ? null : Date.parse(contact.body.occurredAt),
        seq: nextSeq(),
        received_at: receivedAt,
        created_by: existing ? existing.created_by : (writer?.device ?? null),
        written_by: writer?.tokenId ?? null,
      });
    }
    return syncResult(
      contact.id,
      contact.revision,
      outcome,
      existing && { revision: existing.revision, copy: () => toContact(existing) },
    );
  }

  /** Writes the batch's outcome: earlier revisions to history, new rows, changed rows (checked against `stored`). */
  private async write(
    client: PgClient,
    teamId: number,
    stored: Map<string, Row>,
    current: Map<string, Row>,
    archived: Row[],
  ): Promise<void> {
    if (archived.length > 0) {
      await client.query(
        `INSERT INTO contact_revisions
           (team_id, id, revision, updated_at, deleted, body_json, content_hash, written_by, received_at)
         SELECT $1, id, revision, updated_at, deleted, body_json, content_hash, written_by, received_at FROM ${UNNEST_ROW}
         ON CONFLICT DO NOTHING`,
        [teamId, ...columns(archived, ROW_KEYS)],
      );
    }
    const inserted = [...current.values()].filter((row) => !stored.has(row.id));
    const changed = [...current.values()].filter((row) => stored.has(row.id) && stored.get(row.id) !== row);
    if (inserted.length > 0) {
      const result = await client.query(
        `INSERT INTO contacts (team_id, ${COLUMNS}) SELECT $1, u.* FROM ${UNNEST_ROW}
         ON CONFLICT (team_id, id) DO NOTHING`,
        [teamId, ...columns(inserted, ROW_KEYS)],
      );
      if (result.rowCount !== inserted.length) throw new Error('contact appeared inside a locked write transaction');
    }
    if (changed.length > 0) {
      const expected = changed.map((row) => stored.get(row.id)?.revision ?? 0);
      const result = await client.query(
        `UPDATE contacts c SET revision = u.revision, updated_at = u.updated_at, deleted = u.deleted,
           body_json = u.body_json, content_hash = u.content_hash, occurred_ms = u.occurred_ms, seq = u.seq,
           received_at = u.received_at, written_by = u.written_by
         FROM ${UNNEST_ROW}, unnest($13::bigint[], $2::text[]) AS e(revision, id)
         WHERE c.team_id = $1 AND c.id = u.id AND e.id = u.id AND c.revision = e.revision`,
        [teamId, ...columns(changed, ROW_KEYS), expected],
      );
      if (result.rowCount !== changed.length) throw new Error('contact changed inside a locked write transaction');
    }
  }

  async history(teamId: number, id: string): Promise<ContactRevision[]> {
    const { rows } = await this.pool.query<Row>(
      `SELECT id, revision, updated_at, deleted, body_json, written_by, received_at FROM contact_revisions
       WHERE team_id = $1 AND id = $2
       UNION ALL
       SELECT id, revision, updated_at, deleted, body_json, written_by, received_at FROM contacts
       WHERE team_id = $1 AND id = $2
       ORDER BY revision`,
      [teamId, id],
    );
    // Contacts are never deleted, so an id with history always has its current row; none at all: unknown, [].
    return rows.map((row) => ({ contact: toContact(row), writtenBy: row.written_by, receivedAt: row.received_at }));
  }

  async restore(teamId: number, id: string, revision: number): Promise<Contact | undefined> {
    return inTransaction(this.pool, async (client) => {
      const seq = (await this.lockTeam(client, teamId)) + 1;
      const current = (
        await client.query<Row>(`SELECT ${COLUMNS} FROM contacts WHERE team_id = $1 AND id = $2`, [teamId, id])
      ).rows[0];
      const earlier = (
        await client.query<Row>(
          `SELECT id, revision, updated_at, deleted, body_json, content_hash, written_by, received_at
           FROM contact_revisions WHERE team_id = $1 AND id = $2 AND revision = $3`,
          [teamId, id, revision],
        )
      ).rows[0];
      if (!current || !earlier) return undefined;
      const restored = { ...toContact(earlier), revision: current.revision + 1 };
      await client.query(
        `INSERT INTO contact_revisions
           (team_id, id, revision, updated_at, deleted, body_json, content_hash, written_by, received_at)
         SELECT team_id, id, revision, updated_at, deleted, body_json, content_hash, written_by, received_at
         FROM contacts WHERE team_id = $1 AND id = $2 ON CONFLICT DO NOTHING`,
        [teamId, id],
      );
      await client.query(
        `UPDATE contacts SET revision = $3, updated_at = $4, deleted = $5, body_json = $6, content_hash = $7,
           occurred_ms = $8, seq = $9, received_at = $10, written_by = NULL
         WHERE team_id = $1 AND id = $2`,
        [
          teamId,
          id,
          restored.revision,
          restored.updatedAt,
          earlier.deleted,
          earlier.body_json,
          earlier.content_hash,
          restored.body === null ? null : Date.parse(restored.body.occurredAt),
          seq,
          this.now().toISOString(),
        ],
      );
      await client.query('UPDATE contact_heads SET seq = $2 WHERE team_id = $1', [teamId, seq]);
      return restored;
    });
  }

  async listSince(teamId: number, cursor: string | undefined, limit: number): Promise<ContactsPage> {
    const after = cursorToSeq(cursor);
    const { rows } = await this.pool.query<Row>(
      `SELECT ${COLUMNS} FROM contacts WHERE team_id = $1 AND seq > $2 ORDER BY seq LIMIT $3`,
      [teamId, after, limit + 1],
    );
    const page = rows.slice(0, limit);
    const last = page.at(-1);
    return { contacts: page.map(toContact), nextCursor: String(last ? last.seq : after), hasMore: rows.length > limit };
  }

  async exportAll(teamId: number): Promise<Contact[]> {
    const { rows } = await this.pool.query<Row>(
      `SELECT ${COLUMNS} FROM contacts WHERE team_id = $1 AND NOT deleted ORDER BY id`,
      [teamId],
    );
    return rows.map(toContact);
  }

  /**
   * Pages by key (occurred_ms, id) inside one REPEATABLE READ transaction: a consistent snapshot, one chunk in
   * memory at a time, and no lock that would hold up syncs while a download lasts.
   */
  async *exportLive(teamId: number): AsyncIterable<Contact> {
    const client = await this.pool.connect();
    let broken: Error | undefined;
    let open = false;
    try {
      await client.query('BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY');
      open = true;
      let key: [number, string] = [Number.NEGATIVE_INFINITY, ''];
      for (;;) {
        const { rows } = await client.query<Row>(
          `SELECT ${COLUMNS} FROM contacts WHERE team_id = $1 AND NOT deleted AND (occurred_ms, id) > ($2, $3)
           ORDER BY occurred_ms, id LIMIT ${EXPORT_CHUNK}`,
          [teamId, key[0], key[1]],
        );
        yield* rows.map(toContact);
        const last = rows.at(-1);
        if (!last || rows.length < EXPORT_CHUNK) break;
        key = [last.occurred_ms ?? 0, last.id];
      }
      await client.query('COMMIT');
      open = false;
    } catch (error) {
      broken = error instanceof Error ? error : new Error(String(error));
      throw error;
    } finally {
      // An abandoned download ends here too (the generator's return): end the snapshot before the pool reuses it.
      if (open && !broken) await client.query('ROLLBACK').catch(() => undefined);
      client.release(broken);
    }
  }

  async count(teamId: number): Promise<number> {
    const { rows } = await this.pool.query<{ n: number }>(
      'SELECT COUNT(*)::int AS n FROM contacts WHERE team_id = $1',
      [teamId],
    );
    return rows[0]?.n ?? 0;
  }

  async storedBytes(teamId: number): Promise<number> {
    const { rows } = await this.pool.query<{ n: number }>(
      `SELECT (SELECT COALESCE(SUM(length(body_json)), 0) FROM contacts WHERE team_id = $1) +
              (SELECT COALESCE(SUM(length(body_json)), 0) FROM contact_revisions WHERE team_id = $1) AS n`,
      [teamId],
    );
    return Number(rows[0]?.n ?? 0);
  }
}
