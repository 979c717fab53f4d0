/**
 * Keeping less on the device (issue #6): retention of synced contacts, and the sign-out wipe (ASVS V14.3.1).
 */
import { clearDeviceFlags } from '../lib/device-flags';
import { z } from '../shared/zod';
import { getVaultSession } from '../security';
import { getDb } from './db';

const RETENTION_KEY = 'retention';
export const DEFAULT_RETENTION_DAYS = 90;
export const RETENTION_CHOICES = [30, 90, 180, 365] as const;
const DAY_MS = 24 * 60 * 60 * 1000;

const RetentionSchema = z.object({ days: z.int().min(1).max(3650) });

export async function getRetentionDays(): Promise<number> {
  const parsed = RetentionSchema.safeParse((await getDb().syncMeta.get(RETENTION_KEY))?.value);
  return parsed.success ? parsed.data.days : DEFAULT_RETENTION_DAYS;
}

export async function setRetentionDays(days: number): Promise<void> {
  await getDb().syncMeta.put({ key: RETENTION_KEY, value: RetentionSchema.parse({ days }) });
}

/**
 * Removes from the device the contacts the server has (synced) whose last change (`updatedAt`) is older than
 * the retention period, with their edit drafts. `updatedAt` rather than `occurredAt`: a contact someone is
 * still working on (a referral ticked last week about a meeting in spring) stays. Never an unsynced one:
 * pending, refused and conflicting rows are not in the 'synced' range of the index. Returns how many went.
 */
export async function purgeExpiredContacts(nowMs: number = Date.now()): Promise<number> {
  const cutoff = new Date(nowMs - (await getRetentionDays()) * DAY_MS).toISOString();
  const db = getDb();
  return db.transaction('rw', db.contacts, db.contactDrafts, async () => {
    const expired = db.contacts.where('[syncState+updatedAt]').between(['synced', ''], ['synced', cutoff]);
    const ids = (await expired.primaryKeys()) as string[];
    await db.contacts.bulkDelete(ids);
    await db.contactDrafts.bulkDelete(ids.map((id) => `edit:${id}`));
    return ids.length;
  });
}

/** localStorage keys of this app (src/stores/preferences-store.ts and anything under the same prefix). */
const APP_STORAGE_PREFIX = 'limits';

function clearAppStorage(storage: Storage | undefined): void {
  if (!storage) return;
  for (const key of Object.keys(storage)) if (key.startsWith(APP_STORAGE_PREFIX)) storage.removeItem(key);
}

/**
 * Sign-out: every contact (with its referrals), draft, the key record, the team token and sync history, and the
 * app's local/session storage keys. The bundled guide content, favourites and checklist runs stay (public
 * guidelines, no person). Cache Storage holds only the app's own files (the service worker's precache): no user
 * data is ever cached, so there is nothing to clear there. Other tabs lock ('sign-out' is broadcast).
 */
export async function wipeDeviceData(): Promise<void> {
  const db = getDb();
  getVaultSession().lock('sign-out');
  await db.transaction('rw', db.contacts, db.contactDrafts, db.syncMeta, async () => {
    await Promise.all([db.contacts.clear(), db.contactDrafts.clear(), db.syncMeta.clear()]);
  });
  clearAppStorage(globalThis.localStorage);
  clearAppStorage(globalThis.sessionStorage);
  clearDeviceFlags();
}

const LOCK_KEY = 'lock';
export const IDLE_CHOICES = [1, 5, 15, 30] as const;
export const DEFAULT_IDLE_MINUTES = 5;
const LockSchema = z.object({ idleMinutes: z.int().min(1).max(60) });

export async function getIdleMinutes(): Promise<number> {
  const parsed = LockSchema.safeParse((await getDb().syncMeta.get(LOCK_KEY))?.value);
  return parsed.success ? parsed.data.idleMinutes : DEFAULT_IDLE_MINUTES;
}

/** Stored and applied to this tab's session at once (other tabs apply it at their next start). */
export async function setIdleMinutes(minutes: number): Promise<void> {
  await getDb().syncMeta.put({ key: LOCK_KEY, value: LockSchema.parse({ idleMinutes: minutes }) });
  getVaultSession().setIdleTimeoutMs(minutes * 60_000);
}
