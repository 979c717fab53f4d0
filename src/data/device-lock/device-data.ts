/**
 * Keeping less on the device (issue #6): retention of synced contacts, and the sign-out wipe (ASVS V14.3.1).
 */
import { clearDeviceFlags } from '../../platform/device-flags/device-flags';
import { z } from '../../shared/zod';
import { getVaultSession } from '../../platform/vault';
import { getDb } from '../../platform/db/db';
import { clearAllSettings, defineSetting, SETTING_KEYS } from '../../platform/db/settings';
import { TABLES } from '../../platform/db/tables';

export const DEFAULT_RETENTION_DAYS = 90;
export const RETENTION_CHOICES = [30, 90, 180, 365] as const;
const DAY_MS = 24 * 60 * 60 * 1000;

const retention = defineSetting(SETTING_KEYS.retention, z.object({ days: z.int().min(1).max(3650) }));

export async function getRetentionDays(): Promise<number> {
  return (await retention.get())?.days ?? DEFAULT_RETENTION_DAYS;
}

export async function setRetentionDays(days: number): Promise<void> {
  await retention.put({ days });
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

/** localStorage keys of this app (src/platform/preferences/preferences-store.ts and anything under the same prefix). */
const APP_STORAGE_PREFIX = 'limits';

function clearAppStorage(storage: Storage | undefined): void {
  if (!storage) return;
  for (const key of Object.keys(storage)) if (key.startsWith(APP_STORAGE_PREFIX)) storage.removeItem(key);
}

/**
 * Sign-out: every contact (with its referrals), draft, dashboard report, the key record, the team token and sync history, and the
 * app's local/session storage keys. The bundled guide content, favourites and checklist runs stay (public
 * guidelines, no person). Cache Storage holds only the app's own files (the service worker's precache): no user
 * data is ever cached, so there is nothing to clear there. Other tabs lock ('sign-out' is broadcast).
 */
export async function wipeDeviceData(): Promise<void> {
  const db = getDb();
  getVaultSession().lock('sign-out');
  await db.transaction('rw', db.contacts, db.contactDrafts, db.statsReports, TABLES.syncMeta, async () => {
    await Promise.all([
      db.contacts.clear(),
      db.contactDrafts.clear(),
      // The coordinator dashboard's reports (issue #16): aggregates, but the team's all the same.
      db.statsReports.clear(),
      clearAllSettings(),
    ]);
  });
  clearAppStorage(globalThis.localStorage);
  clearAppStorage(globalThis.sessionStorage);
  clearDeviceFlags();
}

export const IDLE_CHOICES = [1, 5, 15, 30] as const;
export const DEFAULT_IDLE_MINUTES = 5;
const lock = defineSetting(SETTING_KEYS.lock, z.object({ idleMinutes: z.int().min(1).max(60) }));

export async function getIdleMinutes(): Promise<number> {
  return (await lock.get())?.idleMinutes ?? DEFAULT_IDLE_MINUTES;
}

/** Stored and applied to this tab's session at once (other tabs apply it at their next start). */
export async function setIdleMinutes(minutes: number): Promise<void> {
  await lock.put({ idleMinutes: minutes });
  getVaultSession().setIdleTimeoutMs(minutes * 60_000);
}
