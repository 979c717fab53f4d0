/**
 * The one module that reads and writes contact rows. Contact bodies never leave the device except through
 * the sync client, and once a passcode is set they are stored encrypted (src/data/contacts/contact-crypto.ts): keeping
 * every body access here means the UI never sees an envelope. Every write follows docs/SPEC.md: a new revision
 * per local change ([S3]), pending until the server confirms that exact revision ([S40]); nothing is ever
 * deleted because of a failure.
 *
 * Writes are optimistic: the row is read and opened, the new version computed and sealed OUTSIDE any
 * transaction (awaiting WebCrypto inside one would commit it), then a short transaction stores it only if the
 * row is still the one read (same revision and sync state), else the whole step is redone on the fresh row.
 * Two quick changes therefore still see each other's result ([S82]).
 */
import { setDeviceFlag } from '../../platform/device-flags/device-flags';
import type { Table } from 'dexie';
import { nextSyncState } from './apply-sync-result';
import { announceContactChange } from './contact-events';
import { ContactBodySchema, type Contact, type ContactBody, type SyncResult } from '../../shared/protocol/protocol';
import {
  openContact,
  openDraft,
  rowStamp,
  sealContact,
  sealDraft,
  sealServerCopy,
  type StoredContactRow,
  type StoredDraftRow,
} from './contact-crypto';
import { sealMode } from '../device-lock/key-record';
import { getDb } from '../../platform/db/db';
import type { ContactDraftRow, ContactRow, ContactSyncState } from '../../platform/db/rows';

export type { ContactDraftRow, ContactRow, ContactSyncState };

const now = () => new Date().toISOString();

function newContactId(): string {
  return crypto.randomUUID().toLowerCase();
}

/** The contacts table as stored (bodies may be envelopes). Only this module and the migration use it. */
export function storedContacts(): Table<StoredContactRow, string> {
  return getDb().contacts as unknown as Table<StoredContactRow, string>;
}

function storedDrafts(): Table<StoredDraftRow, string> {
  return getDb().contactDrafts as unknown as Table<StoredDraftRow, string>;
}

/** Enough for any burst of edits on one row; beyond it something is rewriting the row in a loop. */
const MAX_WRITE_ATTEMPTS = 20;

/**
 * Read → compute → seal → write-if-unchanged. `compute` gets the opened row (undefined if absent) and returns
 * the new row, or the same object to write nothing.
 */
async function writeContact(
  id: string,
  compute: (existing: ContactRow | undefined) => ContactRow,
): Promise<ContactRow> {
  const db = getDb();
  const table = storedContacts();
  const mode = await sealMode();
  for (let attempt = 0; attempt < MAX_WRITE_ATTEMPTS; attempt++) {
    const stored = await table.get(id);
    const existing = stored ? await openContact(stored) : undefined;
    const row = compute(existing);
    if (row === existing) return row;
    const sealStart = performance.now();
    const sealed = await sealContact(row, mode);
    // Encryption's share of a save, read by scripts/bench/vault-browser.ts (issue #6: overhead ≤ 2 ms).
    performance.measure('contact-seal', { start: sealStart, end: performance.now() });
    const stamp = rowStamp(stored);
    const written = await db.transaction('rw', db.contacts, async () => {
      if (rowStamp(await table.get(id)) !== stamp) return false;
      await table.put(sealed);
      return true;
    });
    if (written) {
      setDeviceFlag('contacts', true);
      // The outbox hears of every change it has to send, whoever made it (taking the server's copy does not).
      if (row.syncState === 'pending') announceContactChange();
      return row;
    }
  }
  throw new Error(`Contact ${id} kept changing while it was being saved`);
}

/** Creates a contact (revision 1) or records a new revision of an existing one. */
export function saveContact(body: ContactBody, id?: string): Promise<ContactRow> {
  return saveRevision(() => body, id);
}

/**
 * The contact form's save over a stored contact. The form does not edit referrals (the referral panel writes
 * them, tick by tick), so the new revision carries the referrals the row holds when it is written, not those
 * the form was drawn with: a tick stored a moment before Save is never overwritten by the form's older copy.
 */
export function saveContactForm(body: ContactBody, id: string): Promise<ContactRow> {
  return saveRevision((existing) => {
    const { referrals: _drawn, ...rest } = body;
    const stored = existing?.body?.referrals;
    return stored ? { ...rest, referrals: stored } : rest;
  }, id);
}

async function saveRevision(bodyFor: (existing: ContactRow | undefined) => ContactBody, id?: string) {
  // The id is created first, so a retry after a concurrent write targets the same row.
  const target = id ?? newContactId();
  return writeContact(target, (existing) => {
    if (id && !existing) throw new Error(`No contact ${id} on this device`);
    const body = bodyFor(existing);
    const at = now();
    return existing
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
          id: target,
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
 * A change computed from the stored body, read-modify-write as one step (see writeContact): two quick changes
 * (two ticks of a referral's steps) each see the other's result instead of overwriting it. The new body is
 * checked against the wire schema first ([S5]), so the device never stores what the server would refuse. A
 * change that gives the same body writes nothing (no empty revision, [S3]). Throws for a missing or deleted
 * contact.
 */
export async function updateContactBody(id: string, change: (body: ContactBody) => ContactBody): Promise<ContactRow> {
  return writeContact(id, (existing) => {
    if (!existing || existing.deleted || !existing.body) throw new Error(`No live contact ${id} on this device`);
    const body = ContactBodySchema.parse(change(existing.body));
    if (canonicalJson(body) === canonicalJson(existing.body)) return existing;
    const at = now();
    return {
      ...existing,
      revision: existing.revision + 1,
      updatedAt: at,
      occurredAt: body.occurredAt,
      body,
      syncState: 'pending',
      syncReason: undefined,
      pendingSince: existing.syncState === 'synced' ? at : (existing.pendingSince ?? at),
    };
  });
}

/** Deleting is a tombstone revision that syncs ([S16]); the row stays until the server has it. */
export async function deleteContact(id: string): Promise<ContactRow> {
  return writeContact(id, (existing) => {
    if (!existing) throw new Error(`No contact ${id} on this device`);
    const at = now();
    return {
      ...existing,
      revision: existing.revision + 1,
      updatedAt: at,
      deleted: true,
      body: null,
      syncState: 'pending',
      syncReason: undefined,
      pendingSince: existing.syncState === 'synced' ? at : (existing.pendingSince ?? at),
    };
  });
}

export async function getContact(id: string): Promise<ContactRow | undefined> {
  const stored = await storedContacts().get(id);
  return stored ? openContact(stored) : undefined;
}

export {
  allContacts,
  countContacts,
  countPending,
  listContacts,
  listRecentlyChanged,
  pendingBatch,
  recentPlaces,
  toWire,
  type ContactQuery,
} from './contact-queries';

/**
 * Records the server's per-contact answers ([S40]): a row is marked synced only if the revision the server
 * confirmed is still the stored one (a newer local edit stays pending). Nothing is deleted. The servers'
 * copies that a conflict keeps are sealed before the transaction.
 */
export async function applySyncResults(sent: Contact[], results: SyncResult[]): Promise<void> {
  const db = getDb();
  const table = storedContacts();
  const mode = await sealMode();
  const copies = new Map<string, StoredContactRow['serverCopy']>();
  for (const result of results) {
    if (result.server && result.id) copies.set(result.id, await sealServerCopy(result.server, result.id, mode));
  }
  await db.transaction('rw', db.contacts, async () => {
    // One read and one write for the whole batch (a batch is up to a few hundred rows): row-by-row
    // get/put made applying the answer the slowest part of a sync. Same result as in order, one by one.
    const ids = [...new Set(sent.map((contact) => contact.id))];
    const rows = new Map<string, StoredContactRow>();
    (await table.bulkGet(ids)).forEach((row) => row && rows.set(row.id, row));
    const changed = new Set<string>();
    for (const [index, result] of results.entries()) {
      const wire = sent[index];
      if (!wire || result.id !== wire.id) continue;
      const row = rows.get(wire.id);
      if (!row) continue;
      const next = nextSyncState(row, wire.revision, result);
      if (next) {
        // A patch without the key keeps the stored copy; with it, the sealed copy (or none) replaces it.
        const serverCopy = 'serverCopy' in next ? (next.serverCopy ? copies.get(row.id) : undefined) : row.serverCopy;
        rows.set(row.id, { ...row, ...next, serverCopy });
        changed.add(row.id);
      }
    }
    if (changed.size > 0) await table.bulkPut([...changed].map((id) => rows.get(id) as StoredContactRow));
  });
}

/**
 * Settles a conflict by keeping the device's version ([S44]): the same content as a new revision above both
 * copies, pending, so the next sync replaces the server's copy.
 */
export async function resolveKeepLocal(id: string): Promise<ContactRow> {
  return writeContact(id, (existing) => {
    if (!existing) throw new Error(`No contact ${id} on this device`);
    const at = now();
    return {
      ...existing,
      revision: Math.max(existing.revision, existing.serverCopy?.revision ?? 0) + 1,
      updatedAt: at,
      syncState: 'pending',
      syncReason: undefined,
      serverCopy: undefined,
      pendingSince: existing.pendingSince ?? at,
    };
  });
}

/**
 * Settles a conflict by taking the server's copy ([S44]): it becomes the stored version, already synced (the
 * server has exactly it). A server tombstone makes the contact deleted here too.
 */
export async function resolveTakeServer(id: string): Promise<ContactRow> {
  return writeContact(id, (existing) => {
    if (!existing) throw new Error(`No contact ${id} on this device`);
    const server = existing.serverCopy;
    if (!server) throw new Error(`Contact ${id} has no server copy to take`);
    return {
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
  });
}

// Drafts hold typed contact content too, so they live behind this module with the contacts themselves.

/** Stores the form's values as typed, under 'new' or 'edit:<id>' (sealed before the write, like contacts). */
export async function saveDraft(key: string, values: Record<string, unknown>): Promise<void> {
  const sealed = await sealDraft({ key, updatedAt: now(), values }, await sealMode());
  await storedDrafts().put(sealed);
}

export async function getDraft(key: string): Promise<ContactDraftRow | undefined> {
  const stored = await storedDrafts().get(key);
  return stored ? openDraft(stored) : undefined;
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

/**
 * What has not reached the server ([S41]). The counts come from the syncState index alone (no row is read:
 * the header shows them and they refresh after every batch of a sync). `stale` is counted only when asked
 * (`staleBefore`), from the first unsynced change of each row (`pendingSince`, indexed since schema v5).
 */
export async function unsyncedSummary(staleBefore?: string): Promise<UnsyncedSummary> {
  const contacts = getDb().contacts;
  const [pending, flagged, stale] = await Promise.all([
    contacts.where('syncState').equals('pending').count(),
    contacts.where('syncState').anyOf('rejected', 'conflict').count(),
    // Only unsynced rows carry pendingSince (every way to 'synced' clears it): a native count, no row read.
    staleBefore === undefined ? 0 : contacts.where('pendingSince').below(staleBefore).count(),
  ]);
  return { pending, flagged, stale };
}
