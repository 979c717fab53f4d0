/**
 * The one module that reads and writes contact rows. Contact bodies never leave the device except through
 * the sync client, and a later issue stores them encrypted: keeping every body access here means that change
 * touches this file, not the UI. Every write follows docs/SPEC.md: a new revision per local change ([S3]),
 * pending until the server confirms that exact revision ([S40]); nothing is ever deleted because of a failure.
 */
import { nextSyncState } from '../sync/apply-sync-result';
import type { Contact, ContactBody, SyncResult } from '../sync/protocol';
import { getDb } from './db';
import type { ContactRow, ContactSyncState } from './rows';

export type { ContactRow, ContactSyncState };

const now = () => new Date().toISOString();

function newContactId(): string {
  return crypto.randomUUID().toLowerCase();
}

/** Creates a contact (revision 1) or records a new revision of an existing one. */
export async function saveContact(body: ContactBody, id?: string): Promise<ContactRow> {
  const db = getDb();
  return db.transaction('rw', db.contacts, async () => {
    const existing = id ? await db.contacts.get(id) : undefined;
    if (id && !existing) throw new Error(`No contact ${id} on this device`);
    const at = now();
    const row: ContactRow = existing
      ? {
          ...existing,
          revision: existing.revision + 1,
          updatedAt: at,
          occurredAt: body.occurredAt,
          deleted: false,
          body,
          syncState: 'pending',
          syncReason: undefined,
          pendingSince: existing.syncState === 'synced' ? at : (existing.pendingSince ?? at),
        }
      : {
          id: newContactId(),
          revision: 1,
          createdAt: at,
          updatedAt: at,
          occurredAt: body.occurredAt,
          deleted: false,
          body,
          syncState: 'pending',
          syncedRevision: 0,
          pendingSince: at,
        };
    await db.contacts.put(row);
    return row;
  });
}

/** Deleting is a tombstone revision that syncs ([S16]); the row stays until the server has it. */
export async function deleteContact(id: string): Promise<ContactRow> {
  const db = getDb();
  return db.transaction('rw', db.contacts, async () => {
    const existing = await db.contacts.get(id);
    if (!existing) throw new Error(`No contact ${id} on this device`);
    const at = now();
    const row: ContactRow = {
      ...existing,
      revision: existing.revision + 1,
      updatedAt: at,
      deleted: true,
      body: null,
      syncState: 'pending',
      syncReason: undefined,
      pendingSince: existing.syncState === 'synced' ? at : (existing.pendingSince ?? at),
    };
    await db.contacts.put(row);
    return row;
  });
}

export function getContact(id: string): Promise<ContactRow | undefined> {
  return getDb().contacts.get(id);
}

export interface ContactQuery {
  /** Inclusive ISO bounds on occurredAt. */
  from?: string;
  to?: string;
  kind?: ContactBody['kind'];
  syncState?: ContactSyncState;
  /** Include tombstones (the list hides them). */
  includeDeleted?: boolean;
  offset?: number;
  limit?: number;
}

/** Contacts newest first (by occurredAt), filtered. Uses the occurredAt index, so 10 000 rows stay fast. */
export async function listContacts(query: ContactQuery = {}): Promise<ContactRow[]> {
  const db = getDb();
  const range = db.contacts
    .where('occurredAt')
    .between(query.from ?? '', query.to ?? '\uffff', true, true)
    .reverse();
  const filtered = range.filter(
    (row) =>
      (query.includeDeleted || !row.deleted) &&
      (!query.kind || row.body?.kind === query.kind) &&
      (!query.syncState || row.syncState === query.syncState),
  );
  return filtered
    .offset(query.offset ?? 0)
    .limit(query.limit ?? Number.MAX_SAFE_INTEGER)
    .toArray();
}

export async function countContacts(query: Omit<ContactQuery, 'offset' | 'limit'> = {}): Promise<number> {
  const db = getDb();
  return db.contacts
    .where('occurredAt')
    .between(query.from ?? '', query.to ?? '\uffff', true, true)
    .filter(
      (row) =>
        (query.includeDeleted || !row.deleted) &&
        (!query.kind || row.body?.kind === query.kind) &&
        (!query.syncState || row.syncState === query.syncState),
    )
    .count();
}

/** How many contacts wait for the server (pending, including tombstones). */
export function countPending(): Promise<number> {
  return getDb().contacts.where('syncState').equals('pending').count();
}

/** Oldest pending change first, at most `limit`, in wire form ([S5]). */
export async function pendingBatch(limit: number): Promise<Contact[]> {
  const rows = await getDb()
    .contacts.where('[syncState+updatedAt]')
    .between(['pending', ''], ['pending', '\uffff'])
    .limit(limit)
    .toArray();
  return rows.map(toWire);
}

export function toWire(row: ContactRow): Contact {
  return row.deleted || row.body === null
    ? { id: row.id, revision: row.revision, updatedAt: row.updatedAt, deleted: true, body: null }
    : { id: row.id, revision: row.revision, updatedAt: row.updatedAt, deleted: false, body: row.body };
}

/**
 * Records the server's per-contact answers ([S40]): a row is marked synced only if the revision the server
 * confirmed is still the stored one (a newer local edit stays pending). Nothing is deleted.
 */
export async function applySyncResults(sent: Contact[], results: SyncResult[]): Promise<void> {
  const db = getDb();
  await db.transaction('rw', db.contacts, async () => {
    for (const [index, result] of results.entries()) {
      const wire = sent[index];
      if (!wire || result.id !== wire.id) continue;
      const row = await db.contacts.get(wire.id);
      if (!row) continue;
      const next = nextSyncState(row, wire.revision, result);
      if (next) await db.contacts.put({ ...row, ...next });
    }
  });
}

/** Places typed in the latest contacts, most recent first, without repeats (for the place field). */
export async function recentPlaces(limit = 8): Promise<string[]> {
  const places: string[] = [];
  await getDb()
    .contacts.orderBy('updatedAt')
    .reverse()
    .until(() => places.length >= limit)
    .each((row) => {
      const place = row.body?.place?.trim();
      if (place && !places.some((p) => p.toLowerCase() === place.toLowerCase())) places.push(place);
    });
  return places;
}

/** Every contact, for export (tombstones excluded). */
export async function allContacts(): Promise<ContactRow[]> {
  return (await getDb().contacts.orderBy('occurredAt').toArray()).filter((row) => !row.deleted);
}
