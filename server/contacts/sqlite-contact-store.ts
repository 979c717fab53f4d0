import Database, { type Statement, type Transaction } from 'better-sqlite3';
import type { Contact, ContactsPage, SyncResult } from '../../src/shared/protocol/protocol';
import type { Db } from '../db';
import { cursorToSeq, type ContactRevision, type ContactStore } from './contact-store';
import { prepareContact, type PreparedContact, type ValidContact } from './prepare-contact';
import { decideSync, syncResult, type Writer } from '../../src/shared/protocol/sync-rule';

interface StoredRow {
  id: string;
  revision: number;
  updated_at: string;
  deleted: number;
  body_json: string | null;
  content_hash: string;
  created_by: number | null;
  written_by: number | null;
  received_at: string;
}

interface PendingBatch {
  teamId: number;
  prepared: PreparedContact[];
  writer: Writer | undefined;
  resolve: (results: SyncResult[]) => void;
  reject: (error: unknown) => void;
}

type Outcome = { ok: true; results: SyncResult[] } | { ok: false; error: unknown };

export interface SqliteContactStoreOptions {
  /**
   * Commit the batches that arrive during the same event-loop turn in one transaction (one fsync for all of
   * them), each batch inside its own savepoint. Default true; with synchronous=FULL a commit costs a disk
   * flush, so under load this is what keeps latency flat.
   */
  groupCommit?: boolean;
  /** Clock for `received_at` (tests). */
  now?: () => Date;
}

/** Contacts read per turn of the event loop by {@link SqliteContactStore.exportLive}. */
const EXPORT_CHUNK = 500;

const COLUMNS = 'id, revision, updated_at, deleted, body_json, content_hash, created_by, written_by, received_at';

function toContact(row: Pick<StoredRow, 'id' | 'revision' | 'updated_at' | 'deleted' | 'body_json'>): Contact {
  const base = { id: row.id, revision: row.revision, updatedAt: row.updated_at };
  return row.deleted === 1
    ? { ...base, deleted: true, body: null }
    : {
        ...base,
        deleted: false,
        body: JSON.parse(row.body_json ?? 'null') as Extract<Contact, { deleted: false }>['body'],
      };
}

/** The production {@link ContactStore}: table `contacts` of the server's SQLite database (migration 2). */
export class SqliteContactStore implements ContactStore {
  private readonly select: Statement<[number, string], StoredRow>;
  private readonly insert: Statement;
  private readonly update: Statement;
  private readonly maxSeq: Statement<[], { seq: number | null }>;
  private readonly page: Statement<[number, number, number], StoredRow & { seq: number }>;
  private readonly live: Statement<[number], StoredRow>;
  private readonly countRows: Statement<[number], { n: number }>;
  private readonly archive: Statement<[number, string]>;
  private readonly revisions: Statement<[number, string], StoredRow>;
  private readonly teamBytes: Statement<[number, number], { n: number | null }>;
  private readonly groupCommit: boolean;
  private readonly now: () => Date;
  private readonly writeAll: Transaction<(pending: PendingBatch[]) => Outcome[]>;
  private readonly writeBatch: Transaction<
    (teamId: number, prepared: PreparedContact[], receivedAt: string, writer: Writer | undefined) => SyncResult[]
  >;
  private readonly db: Db;
  private queue: PendingBatch[] = [];
  private flushScheduled = false;
  /**
   * The `seq` of the next write. Every write takes a new one, and [S100] statistics rewrite the facts of the
   * contacts past their watermark from that alone: a write need not note anything else (server/stats/
   * sqlite-stats-facts.ts).
   */
  private nextSeq = 0;

  constructor(db: Db, options: SqliteContactStoreOptions = {}) {
    this.db = db;
    this.groupCommit = options.groupCommit ?? true;
    this.now = options.now ?? (() => new Date());
    this.select = db.prepare(`SELECT ${COLUMNS} FROM contacts WHERE team_id = ? AND id = ?`);
    this.insert = db.prepare(
      `INSERT INTO contacts (team_id, id, revision, updated_at, deleted, body_json, content_hash, seq, received_at,
         created_by, written_by)
       VALUES (@teamId, @id, @revision, @updatedAt, @deleted, @bodyJson, @hash, @seq, @receivedAt, @device, @tokenId)
       ON CONFLICT (team_id, id) DO NOTHING`,
    );
    this.update = db.prepare(
      `UPDATE contacts SET revision = @revision, updated_at = @updatedAt, deleted = @deleted, body_json = @bodyJson,
         content_hash = @hash, seq = @seq, received_at = @receivedAt, written_by = @tokenId
       WHERE team_id = @teamId AND id = @id`,
    );
    this.maxSeq = db.prepare('SELECT MAX(seq) AS seq FROM contacts');
    this.page = db.prepare(`SELECT ${COLUMNS}, seq FROM contacts WHERE team_id = ? AND seq > ? ORDER BY seq LIMIT ?`);
    this.live = db.prepare(`SELECT ${COLUMNS} FROM contacts WHERE team_id = ? AND deleted = 0 ORDER BY id`);
    this.countRows = db.prepare('SELECT COUNT(*) AS n FROM contacts WHERE team_id = ?');
    // [S98] The revision about to be replaced moves to the history table.
    this.archive = db.prepare(
      `INSERT OR IGNORE INTO contact_revisions
         (team_id, id, revision, updated_at, deleted, body_json, content_hash, written_by, received_at)
       SELECT team_id, id, revision, updated_at, deleted, body_json, content_hash, written_by, received_at
       FROM contacts WHERE team_id = ? AND id = ?`,
    );
    this.revisions = db.prepare(
      `SELECT id, revision, updated_at, deleted, body_json, content_hash, NULL AS created_by, written_by, received_at
       FROM contact_revisions WHERE team_id = ? AND id = ? ORDER BY revision`,
    );
    this.teamBytes = db.prepare(
      `SELECT (SELECT COALESCE(SUM(length(body_json)), 0) FROM contacts WHERE team_id = ?) +
              (SELECT COALESCE(SUM(length(body_json)), 0) FROM contact_revisions WHERE team_id = ?) AS n`,
    );
    this.writeAll = db.transaction((pending: PendingBatch[]) => this.writeAllBatches(pending));
    // Nested inside writeAll, better-sqlite3 runs this one as a SAVEPOINT.
    this.writeBatch = db.transaction(
      (teamId: number, prepared: PreparedContact[], receivedAt: string, writer: Writer | undefined) =>
        this.writeBatchRows(teamId, prepared, receivedAt, writer),
    );
  }

  applyBatch(teamId: number, contacts: readonly unknown[], writer?: Writer): Promise<SyncResult[]> {
    // Validation and hashing happen here, outside the write transaction.
    const prepared = contacts.map((raw) => prepareContact(raw));
    return new Promise((resolve, reject) => {
      this.queue.push({ teamId, prepared, writer, resolve, reject });
      if (!this.groupCommit) {
        this.flush();
      } else if (!this.flushScheduled) {
        this.flushScheduled = true;
        setImmediate(() => this.flush());
      }
    });
  }

  private flush(): void {
    this.flushScheduled = false;
    const pending = this.queue;
    this.queue = [];
    if (pending.length === 0) return;
    let outcomes: Outcome[];
    try {
      outcomes = this.writeAll.immediate(pending);
    } catch (error) {
      // The commit itself failed (disk full, I/O error): nothing of any batch is written.
      for (const batch of pending) batch.reject(error);
      return;
    }
    pending.forEach((batch, index) => {
      const outcome = outcomes[index];
      if (outcome?.ok) batch.resolve(outcome.results);
      else batch.reject(outcome ? outcome.error : new Error('batch lost'));
    });
  }

  /** One transaction for all pending batches; each in a savepoint so a failing one leaves the others intact. */
  private writeAllBatches(pending: PendingBatch[]): Outcome[] {
    this.nextSeq = (this.maxSeq.get()?.seq ?? 0) + 1;
    const receivedAt = this.now().toISOString();
    return pending.map((batch): Outcome => {
      try {
        return { ok: true, results: this.writeBatch(batch.teamId, batch.prepared, receivedAt, batch.writer) };
      } catch (error) {
        return { ok: false, error };
      }
    });
  }

  private writeBatchRows(
    teamId: number,
    prepared: PreparedContact[],
    receivedAt: string,
    writer: Writer | undefined,
  ): SyncResult[] {
    return prepared.map((item) =>
      item.ok ? this.writeOne(teamId, item, receivedAt, writer) : this.reject(teamId, item),
    );
  }

  private reject(teamId: number, item: Extract<PreparedContact, { ok: false }>): SyncResult {
    const existing = item.validId === null ? undefined : this.select.get(teamId, item.validId);
    return {
      id: item.id,
      status: 'rejected',
      reason: item.reason,
      ...(existing ? { revision: existing.revision } : {}),
    };
  }

  private writeOne(teamId: number, item: ValidContact, receivedAt: string, writer: Writer | undefined): SyncResult {
    const { contact, bodyJson, hash } = item;
    const row = {
      teamId,
      id: contact.id,
      revision: contact.revision,
      updatedAt: contact.updatedAt,
      deleted: contact.deleted ? 1 : 0,
      bodyJson,
      hash,
      seq: this.nextSeq,
      receivedAt,
      device: writer?.device ?? null,
      tokenId: writer?.tokenId ?? null,
    };
    // New ids are the common case: one insert, no prior lookup, when the rule would create the row at all.
    const ifNew = decideSync(contact.revision, undefined, writer);
    if (ifNew.status === 'created' && this.insert.run(row).changes === 1) {
      this.nextSeq += 1;
      return syncResult(contact.id, contact.revision, ifNew, undefined);
    }
    const existing = this.select.get(teamId, contact.id);
    const outcome = decideSync(
      contact.revision,
      existing && {
        revision: existing.revision,
        createdBy: existing.created_by,
        sameContent: existing.content_hash === hash,
      },
      writer,
    );
    if (outcome.status === 'created') {
      if (this.insert.run(row).changes !== 1) throw new Error('contact appeared inside a write transaction');
      this.nextSeq += 1;
    } else if (outcome.status === 'updated') {
      this.archive.run(teamId, contact.id);
      this.update.run(row);
      this.nextSeq += 1;
    }
    return syncResult(
      contact.id,
      contact.revision,
      outcome,
      existing && { revision: existing.revision, copy: () => toContact(existing) },
    );
  }

  async history(teamId: number, id: string): Promise<ContactRevision[]> {
    const current = this.select.get(teamId, id);
    if (!current) return [];
    return [...this.revisions.all(teamId, id), current].map((row) => ({
      contact: toContact(row),
      writtenBy: row.written_by,
      receivedAt: row.received_at,
    }));
  }

  async restore(teamId: number, id: string, revision: number): Promise<Contact | undefined> {
    return this.db
      .transaction((): Contact | undefined => {
        const current = this.select.get(teamId, id);
        const earlier = this.revisions.all(teamId, id).find((row) => row.revision === revision);
        if (!current || !earlier) return undefined;
        this.nextSeq = (this.maxSeq.get()?.seq ?? 0) + 1;
        const restored = { ...toContact(earlier), revision: current.revision + 1 };
        this.archive.run(teamId, id);
        this.update.run({
          teamId,
          id,
          revision: restored.revision,
          updatedAt: restored.updatedAt,
          deleted: earlier.deleted,
          bodyJson: earlier.body_json,
          hash: earlier.content_hash,
          seq: this.nextSeq,
          receivedAt: this.now().toISOString(),
          tokenId: null,
        });
        return restored;
      })
      .immediate();
  }

  async listSince(teamId: number, cursor: string | undefined, limit: number): Promise<ContactsPage> {
    const after = cursorToSeq(cursor);
    const rows = this.page.all(teamId, after, limit + 1);
    const page = rows.slice(0, limit);
    const last = page.at(-1);
    return {
      contacts: page.map(toContact),
      nextCursor: String(last ? last.seq : after),
      hasMore: rows.length > limit,
    };
  }

  async exportAll(teamId: number): Promise<Contact[]> {
    return this.live.all(teamId).map(toContact);
  }

  /**
   * Reads on a connection of its own: better-sqlite3 keeps a connection busy while a statement is iterated, and
   * the export must not hold up syncs for as long as a download lasts. WAL gives it a consistent snapshot.
   * SQLite sorts (spilling to a temporary file when large); the process holds one chunk at a time.
   */
  async *exportLive(teamId: number): AsyncIterable<Contact> {
    const reader = new Database(this.db.name, { readonly: true, fileMustExist: true });
    try {
      const rows = reader
        .prepare(
          `SELECT ${COLUMNS} FROM contacts WHERE team_id = ? AND deleted = 0
           ORDER BY julianday(json_extract(body_json, '$.occurredAt')), id`,
        )
        .iterate(teamId) as IterableIterator<StoredRow>;
      let chunk: Contact[] = [];
      for (const row of rows) {
        chunk.push(toContact(row));
        if (chunk.length === EXPORT_CHUNK) {
          yield* chunk;
          chunk = [];
          // Let other requests run between chunks.
          await new Promise((resolve) => setImmediate(resolve));
        }
      }
      yield* chunk;
    } finally {
      reader.close();
    }
  }

  async count(teamId: number): Promise<number> {
    return this.countRows.get(teamId)?.n ?? 0;
  }

  async storedBytes(teamId: number): Promise<number> {
    return this.teamBytes.get(teamId, teamId)?.n ?? 0;
  }
}
