/**
 * The one module that reads and writes contact rows. Contact bodies never leave the device except through
 * the sync client, and a later issue stores them encrypted: keeping every body access here means that change
 * touches this file, not the UI. Every write follows docs/SPEC.md: a new revision per local change ([S3]),
 * pending until the server confirms that exact revision ([S40]); nothing is ever deleted because of a failure.
 */
import { nextSyncState } from '../sync/apply-sync-result';
import { ContactBodySchema, type Contact, type ContactBody, type SyncResult } from '../sync/protocol';
import { getDb } from './db';
import type { ContactDraftRow, ContactRow, ContactSyncState } from './rows';

export type { ContactDraftRow, ContactRow, ContactSyncState };

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

/** JSON with object keys sorted ([S8]): the schema's parse may reorder keys without changing the content. */
function canonicalJson(value: unknown): string {
  return JSON.stringify(value, (_key, item: unknown) =>
    item && typeof item === 'object' && !Array.isArray(item)
      ? Object.fromEntries(Object.entries(item).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
      : item,
  );
}

/**
 * A change computed from the stored body, as one read-modify-write transaction: two quick changes (two ticks of
 * a referral's steps) each see the other's result instead of overwriting it. The new body is checked against
 * the wire schema first ([S5]), so the device never stores what the server would refuse. A change that gives
 * the same body writes nothing (no empty revision, [S3]). Throws for a missing or deleted contact.
 */
export async function updateContactBody(id: string, change: (body: ContactBody) => ContactBody): Promise<ContactRow> {
  const db = getDb();
  return db.transaction('rw', db.contacts, async () => {
    const existing = await db.contacts.get(id);
    if (!existing || existing.deleted || !existing.body) throw new Error(`No live contact ${id} on this device`);
    const body = ContactBodySchema.parse(change(existing.body));
    if (canonicalJson(body) === canonicalJson(existing.body)) return existing;
    const at = now();
    const row: ContactRow = {
      ...existing,
      revision: existing.revision + 1,
      updatedAt: at,
      occurredAt: body.occurredAt,
      body,
      syncState: 'pending',
      syncReason: undefined,
      pendingSince: existing.syncState === 'synced' ? at : (existing.pendingSince ?? at),
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
    // One read and one write for the whole batch (a batch is up to a few hundred rows): row-by-row
    // get/put made applying the answer the slowest part of a sync. Same result as in order, one by one.
    const ids = [...new Set(sent.map((contact) => contact.id))];
    const rows = new Map<string, ContactRow>();
    (await db.contacts.bulkGet(ids)).forEach((row) => row && rows.set(row.id, row));
    const changed = new Set<string>();
    for (const [index, result] of results.entries()) {
      const wire = sent[index];
      if (!wire || result.id !== wire.id) continue;
      const row = rows.get(wire.id);
      if (!row) continue;
      const next = nextSyncState(row, wire.revision, result);
      if (next) {
        rows.set(row.id, { ...row, ...next });
        changed.add(row.id);
      }
    }
    if (changed.size > 0) await db.contacts.bulkPut([...changed].map((id) => rows.get(id) as ContactRow));
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

/**
 * The live contacts changed most recently, newest change first, at most `limit` rows, through the updatedAt
 * index. Setting a follow-up date is a change, so a contact with a follow-up is among the recently changed ones
 * (docs/SPEC.md [S85]): this bounded scan replaces an index on a field inside the body.
 */
export async function listRecentlyChanged(limit: number): Promise<ContactRow[]> {
  return getDb()
    .contacts.orderBy('updatedAt')
    .reverse()
    .filter((row) => !row.deleted && row.body !== null)
    .limit(limit)
    .toArray();
}

/** Every contact, for export (tombstones excluded). */
export async function allContacts(): Promise<ContactRow[]> {
  return (await getDb().contacts.orderBy('occurredAt').toArray()).filter((row) => !row.deleted);
}

/**
 * Settles a conflict by keeping the device's version ([S44]): the same content as a new revision above both
 * copies, pending, so the next sync replaces the server's copy.
 */
export async function resolveKeepLocal(id: string): Promise<ContactRow> {
  const db = getDb();
  return db.transaction('rw', db.contacts, async () => {
    const existing = await db.contacts.get(id);
    if (!existing) throw new Error(`No contact ${id} on this device`);
    const at = now();
    const row: ContactRow = {
      ...existing,
      revision: Math.max(existing.revision, existing.serverCopy?.revision ?? 0) + 1,
      updatedAt: at,
      syncState: 'pending',
      syncReason: undefined,
      serverCopy: undefined,
      pendingSince: existing.pendingSince ?? at,
    };
    await db.contacts.put(row);
    return row;
  });
}

/**
 * Settles a conflict by taking the server's copy ([S44]): it becomes the stored version, already synced (the
 * server has exactly it). A server tombstone makes the contact deleted here too.
 */
export async function resolveTakeServer(id: string): Promise<ContactRow> {
  const db = getDb();
  return db.transaction('rw', db.contacts, async () => {
    const existing = await db.contacts.get(id);
    if (!existing) throw new Error(`No contact ${id} on this device`);
    const server = existing.serverCopy;
    if (!server) throw new Error(`Contact ${id} has no server copy to take`);
    const row: ContactRow = {
      ...existing,
      revision: server.revision,
      updatedAt: server.updatedAt,
      occurredAt: server.body?.occurredAt ?? existing.occurredAt,
      deleted: server.deleted,
      body: server.body,
      syncState: 'synced',
      syncedRevision: server.revision,
      syncReason: undefined,
      pendingSince: undefined,
      serverCopy: undefined,
    };
    await db.contacts.put(row);
    return row;
  });
}

// Drafts hold typed contact content too, so they live behind this module with the contacts themselves.

/** Stores the form's values as typed, under 'new' or 'edit:<id>'. */
export async function saveDraft(key: string, values: Record<string, unknown>): Promise<void> {
  await getDb().contactDrafts.put({ key, updatedAt: now(), values });
}

export function getDraft(key: string): Promise<ContactDraftRow | undefined> {
  return getDb().contactDrafts.get(key);
}

export async function clearDraft(key: string): Promise<void> {
  await getDb().contactDrafts.delete(key);
}

export interface UnsyncedSummary {
  /** Waiting to be sent (pending), tombstones included. */
  pending: number;
  /** Kept on the device, flagged: refused by the server or different from its copy. */
  flagged: number;
  /** Unsynced (pending or flagged) since before `staleBefore`: for the "3 days" notice. */
  stale: number;
}

const UNSYNCED_STATES: ContactSyncState[] = ['pending', 'rejected', 'conflict'];

/**
 * What has not reached the server ([S41]). The counts come from the syncState index alone (no row is read:
 * the header shows them and they refresh after every batch of a sync). `stale` is counted only when asked
 * (`staleBefore`), from the first unsynced change of each row (`pendingSince`): rows last changed before
 * the date are stale by the [syncState+updatedAt] index; only the ones changed since are read.
 */
export async function unsyncedSummary(staleBefore?: string): Promise<UnsyncedSummary> {
  const contacts = getDb().contacts;
  const [pending, flagged] = await Promise.all([
    contacts.where('syncState').equals('pending').count(),
    contacts.where('syncState').anyOf('rejected', 'conflict').count(),
  ]);
  let stale = 0;
  if (staleBefore !== undefined && pending + flagged > 0) {
    for (const state of UNSYNCED_STATES) {
      const index = contacts.where('[syncState+updatedAt]');
      stale += await index.between([state, ''], [state, staleBefore]).count();
      await index.between([state, staleBefore], [state, '\uffff'], true, true).each((row) => {
        if ((row.pendingSince ?? row.updatedAt) < staleBefore) stale += 1;
      });
    }
  }
  return { pending, flagged, stale };
}
