/**
 * How contact rows and drafts are sealed on disk (issue #6, SECURITY.md). Once a passcode is set (the lock's key
 * record, src/data/device-lock/key-record.ts, decides the seal mode), every contact `body`, `serverCopy` and draft `values` is written as an AES-GCM
 * envelope bound to its row and field; the rest of the row stays clear for the list, counts and sync. Readers
 * accept both shapes, so rows written before the passcode keep working until the migration seals them.
 *
 * Crypto is never awaited inside a Dexie transaction (IndexedDB would auto-commit it): callers seal before and
 * open after. Inside a liveQuery querier, non-Dexie promises are wrapped in Promise.resolve as Dexie asks.
 */
import { getVaultSession, isEnvelope, type Envelope, type RecordRef } from '../../platform/vault';
import type { Contact, ContactBody } from '../../shared/protocol/protocol';
import type { ContactDraftRow, ContactRow } from '../../platform/db/rows';
import type { SealMode } from '../device-lock/key-record';

/** A contact row as it lies in IndexedDB: body and server copy are envelopes once the vault exists. */
export type StoredContactRow = Omit<ContactRow, 'body' | 'serverCopy'> & {
  body: ContactBody | Envelope | null;
  serverCopy?: Contact | Envelope;
  /**
   * occurredAt again on a live row, absent on a tombstone: the list's index (schema v8). The database sets it
   * on every write (src/platform/db/contact-listing.ts); opening a row leaves it out.
   */
  listedAt?: string;
};

export type StoredDraftRow = Omit<ContactDraftRow, 'values'> & { values: Record<string, unknown> | Envelope };

const contactRef = (id: string, field: 'body' | 'serverCopy'): RecordRef => ({ table: 'contacts', id, field });
const draftRef = (key: string): RecordRef => ({ table: 'contactDrafts', id: key, field: 'values' });

async function seal(value: unknown, ref: RecordRef, mode: SealMode): Promise<unknown> {
  if (mode === 'plain' || value === null || value === undefined || isEnvelope(value)) return value;
  return Promise.resolve(getVaultSession().encrypt(value, ref));
}

async function open<T>(value: unknown, ref: RecordRef): Promise<T> {
  if (!isEnvelope(value)) return value as T;
  return Promise.resolve(getVaultSession().decrypt<T>(value, ref));
}

export async function sealContact(row: ContactRow | StoredContactRow, mode: SealMode): Promise<StoredContactRow> {
  const body = (await seal(row.body, contactRef(row.id, 'body'), mode)) as StoredContactRow['body'];
  const serverCopy = (await seal(row.serverCopy, contactRef(row.id, 'serverCopy'), mode)) as
    StoredContactRow['serverCopy'] | undefined;
  return { ...row, body, serverCopy };
}

export async function openContact(row: StoredContactRow): Promise<ContactRow> {
  const [body, serverCopy] = await Promise.all([
    open<ContactBody | null>(row.body, contactRef(row.id, 'body')),
    open<Contact | undefined>(row.serverCopy, contactRef(row.id, 'serverCopy')),
  ]);
  const { listedAt: _index, ...clear } = row;
  return { ...clear, body, serverCopy };
}

export function openContacts(rows: StoredContactRow[]): Promise<ContactRow[]> {
  return Promise.all(rows.map(openContact));
}

/** The server's copy sealed for a row before the transaction that stores it ([S44]). */
export async function sealServerCopy(copy: Contact, rowId: string, mode: SealMode): Promise<Contact | Envelope> {
  return (await seal(copy, contactRef(rowId, 'serverCopy'), mode)) as Contact | Envelope;
}

export async function sealDraft(row: ContactDraftRow, mode: SealMode): Promise<StoredDraftRow> {
  return { ...row, values: (await seal(row.values, draftRef(row.key), mode)) as StoredDraftRow['values'] };
}

export async function openDraft(row: StoredDraftRow): Promise<ContactDraftRow> {
  return { ...row, values: await open<Record<string, unknown>>(row.values, draftRef(row.key)) };
}

/** True when a stored row still holds clear content (written before the passcode was set). */
export function contactNeedsSealing(row: StoredContactRow): boolean {
  return (row.body !== null && !isEnvelope(row.body)) || (row.serverCopy !== undefined && !isEnvelope(row.serverCopy));
}

export function draftNeedsSealing(row: StoredDraftRow): boolean {
  return !isEnvelope(row.values);
}

/**
 * What must not change between reading a row and writing its new version (outside the transaction): any
 * revision or sync-state change means someone else wrote, and the computation is redone on the fresh row.
 */
export function rowStamp(row: Pick<ContactRow, 'revision' | 'syncState' | 'syncedRevision' | 'updatedAt'> | undefined) {
  return row ? `${row.revision}|${row.syncState}|${row.syncedRevision}|${row.updatedAt}` : 'absent';
}
