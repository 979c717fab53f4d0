import type { Contact, ContactsPage, SyncResult } from '../../src/shared/protocol/protocol';
import type { Writer } from '../../src/shared/protocol/sync-rule';

/** [S98] One stored revision of a contact, with the token that wrote it (null: before #13, or the admin CLI). */
export interface ContactRevision {
  contact: Contact;
  writtenBy: number | null;
  receivedAt: string;
}

/**
 * Where the server keeps the teams' contacts. The one module that sees contact bodies at rest, so that they can
 * later be stored encrypted without touching the routes.
 *
 * Three implementations obey the same contract (tests/server/store-contract/contacts.ts): SqliteContactStore,
 * PgContactStore (server/postgres/) and MemoryContactStore (a plain reference model). Rule IDs refer to
 * docs/SPEC.md. Cursors are opaque: SQLite numbers changes across the database, PostgreSQL per team.
 */
export interface ContactStore {
  /**
   * [S11]–[S17] Validates and applies a batch sent by a client of `teamId`, atomically and durably: when the
   * promise resolves, every write of the batch is committed; when it rejects, none is. Contacts are processed
   * in order (a repeated id sees the effect of its earlier occurrence) and get one result each, in order.
   * [S95]–[S97] `writer` is the sending token; without one (a trusted caller) only [S13] and [S96] apply.
   */
  applyBatch(teamId: number, contacts: readonly unknown[], writer?: Writer): Promise<SyncResult[]>;

  /** [S98] Every revision the server has of a contact, oldest first, the current one last; [] if unknown. */
  history(teamId: number, id: string): Promise<ContactRevision[]>;

  /**
   * [S98] Stores the content of an earlier `revision` again as a new revision (current + 1), written by no
   * token. Undefined when the contact or that revision is unknown.
   */
  restore(teamId: number, id: string, revision: number): Promise<Contact | undefined>;

  /**
   * [S30] The team's contacts (tombstones included) changed after `cursor` (undefined = from the start), in
   * change order, at most `limit` of them.
   */
  listSince(teamId: number, cursor: string | undefined, limit: number): Promise<ContactsPage>;

  /** [S31] Every live (non-deleted) contact of the team, ordered by id. */
  exportAll(teamId: number): Promise<Contact[]>;

  /**
   * [S31] The same contacts for the CSV export, by `occurredAt` (as instants) then id, produced a few hundred at
   * a time so that exporting a large team keeps the server's memory flat (issue #13).
   */
  exportLive(teamId: number): AsyncIterable<Contact>;

  /** Number of contacts the team has, tombstones included (one per id ever synced). */
  count(teamId: number): Promise<number>;

  /**
   * Size of the team's stored contact bodies, current and earlier revisions together, in characters of their
   * canonical JSON (the storage quota, issue #13).
   */
  storedBytes(teamId: number): Promise<number>;
}

/** Cursors are the decimal `seq` of the last change returned ([S30]). */
export function cursorToSeq(cursor: string | undefined): number {
  if (cursor === undefined) return 0;
  const seq = Number(cursor);
  if (!Number.isSafeInteger(seq) || seq < 0) throw new RangeError(`invalid cursor ${JSON.stringify(cursor)}`);
  return seq;
}
