/**
 * Reading contacts (part of the contact store: re-exported by src/data/contacts/contact-store.ts, the module features
 * import). Indexes and filters only use the clear columns; what needs a body (the kind filter, places,
 * wire form) decrypts the rows after they are read, outside any transaction.
 */
import type { Contact, ContactBody } from '../../shared/protocol/protocol';
import { openContact, openContacts, type StoredContactRow } from './contact-crypto';
import { getDb } from '../../platform/db/db';
import type { ContactRow, ContactSyncState } from '../../platform/db/rows';
import type { Table } from 'dexie';

const stored = () => getDb().contacts as unknown as Table<StoredContactRow, string>;

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

/** Rows matching the clear filters (period, deleted, sync state), newest first by occurredAt. */
function clearMatches(query: Omit<ContactQuery, 'offset' | 'limit'>) {
  const from = query.from ?? '';
  const to = query.to ?? '\uffff';
  // The list's queries, live contacts of a period, of one sync state or all: over the indexes of live rows
  // (schema v8), with no filter in JavaScript, so IndexedDB counts and skips rows itself
  // (src/platform/db/contact-listing.ts).
  if (!query.includeDeleted) {
    const live = query.syncState
      ? stored()
          .where('[syncState+listedAt]')
          .between([query.syncState, from], [query.syncState, to], true, true)
      : stored().where('listedAt').between(from, to, true, true);
    return live.reverse();
  }
  return stored()
    .where('occurredAt')
    .between(from, to, true, true)
    .reverse()
    .filter((row) => !query.syncState || row.syncState === query.syncState);
}

/**
 * Contacts newest first (by occurredAt), filtered. Uses the occurredAt index, so 10 000 rows stay fast. The
 * kind lives in the (encrypted) body: with a kind filter the period's rows are opened, then filtered; without
 * one only the requested page is opened.
 */
export async function listContacts(query: ContactQuery = {}): Promise<ContactRow[]> {
  const offset = query.offset ?? 0;
  if (!query.kind) {
    const matches = clearMatches(query).offset(offset);
    // No limit rather than a huge one: without a filter Dexie reads with getAll(), whose count IndexedDB
    // caps at 2^32 − 1 (a TypeError past it).
    return openContacts(await (query.limit === undefined ? matches : matches.limit(query.limit)).toArray());
  }
  const rows = (await openContacts(await clearMatches(query).toArray())).filter((row) => row.body?.kind === query.kind);
  return rows.slice(offset, query.limit === undefined ? undefined : offset + query.limit);
}

export async function countContacts(query: Omit<ContactQuery, 'offset' | 'limit'> = {}): Promise<number> {
  if (!query.kind) return clearMatches(query).count();
  const rows = await openContacts(await clearMatches(query).toArray());
  return rows.filter((row) => row.body?.kind === query.kind).length;
}

/** How many contacts wait for the server (pending, including tombstones). */
export function countPending(): Promise<number> {
  return getDb().contacts.where('syncState').equals('pending').count();
}

/** Oldest pending change first, at most `limit`, in wire form ([S5]). Needs the vault unlocked once sealed. */
export async function pendingBatch(limit: number): Promise<Contact[]> {
  const rows = await stored()
    .where('[syncState+updatedAt]')
    .between(['pending', ''], ['pending', '\uffff'])
    .limit(limit)
    .toArray();
  return (await openContacts(rows)).map(toWire);
}

export function toWire(row: ContactRow): Contact {
  return row.deleted || row.body === null
    ? { id: row.id, revision: row.revision, updatedAt: row.updatedAt, deleted: true, body: null }
    : { id: row.id, revision: row.revision, updatedAt: row.updatedAt, deleted: false, body: row.body };
}

/** How many recent rows the place suggestions look at (bounded: each one is decrypted). */
const PLACE_SCAN = 100;

/** Places typed in the latest contacts, most recent first, without repeats (for the place field). */
export async function recentPlaces(limit = 8): Promise<string[]> {
  const places: string[] = [];
  const rows = await stored()
    .orderBy('updatedAt')
    .reverse()
    .filter((row) => row.body !== null)
    .limit(PLACE_SCAN)
    .toArray();
  for (const row of rows) {
    if (places.length >= limit) break;
    const place = (await openContact(row)).body?.place?.trim();
    if (place && !places.some((p) => p.toLowerCase() === place.toLowerCase())) places.push(place);
  }
  return places;
}

/**
 * The live contacts changed most recently, newest change first, at most `limit` rows, through the updatedAt
 * index. Setting a follow-up date is a change, so a contact with a follow-up is among the recently changed ones
 * (docs/SPEC.md [S85]): this bounded scan replaces an index on a field inside the body.
 */
export async function listRecentlyChanged(limit: number): Promise<ContactRow[]> {
  const rows = await stored()
    .orderBy('updatedAt')
    .reverse()
    .filter((row) => !row.deleted && row.body !== null)
    .limit(limit)
    .toArray();
  return openContacts(rows);
}

/** Every contact, for export (tombstones excluded). */
export async function allContacts(): Promise<ContactRow[]> {
  return openContacts((await stored().orderBy('occurredAt').toArray()).filter((row) => !row.deleted));
}
