/**
 * Typed settings over the `syncMeta` table (one row `{ key, value }` per setting; the table's name and the row
 * shape are frozen, see tables.ts). Each key below has one owner, the only module that defines it with
 * `defineSetting` and so the only one that reads or writes it (tests/unit/table-owners.test.ts checks both);
 * nothing else touches the table. A value is read back through the owner's schema: a row written by another
 * version of the app reads as absent instead of crashing. Transactions name the table as `TABLES.syncMeta` in
 * their scope; a setting read or written inside one joins it.
 */
import type { z } from '../../shared/zod';
import { getDb } from './db';

/** The stored keys (frozen like table names: renaming one loses the setting on every device) and their owner. */
export const SETTING_KEYS = Object.freeze({
  /** src/data/team/sync-meta.ts: the team joined, with its token. */
  team: 'team',
  /** src/data/team/sync-meta.ts: the outcome of the last sync attempts. */
  syncStatus: 'status',
  /** src/data/directory/directory-settings.ts: version and ETag of the team directory's copy. */
  directory: 'directory',
  /** src/data/device-lock/key-record.ts: the passcode's key record. */
  vault: 'vault',
  /** src/data/contacts/contact-migration.ts: when rows from before the passcode were all sealed. */
  vaultMigrationDone: 'vault-migration-done',
  /** src/data/device-lock/device-data.ts: how long synced contacts stay on the device. */
  retention: 'retention',
  /** src/data/device-lock/device-data.ts: the idle time before the app locks. */
  lock: 'lock',
} as const);

export type SettingKey = (typeof SETTING_KEYS)[keyof typeof SETTING_KEYS];

export interface Setting<T> {
  readonly key: SettingKey;
  /** The stored value, or undefined when there is none or it does not match the schema. */
  get(): Promise<T | undefined>;
  /** Checked against the schema before it is written (throws if it does not match). */
  put(value: T): Promise<void>;
  remove(): Promise<void>;
}

export function defineSetting<T>(key: SettingKey, schema: z.ZodType<T>): Setting<T> {
  return {
    key,
    async get() {
      const parsed = schema.safeParse((await getDb().syncMeta.get(key))?.value);
      return parsed.success ? parsed.data : undefined;
    },
    async put(value) {
      await getDb().syncMeta.put({ key, value: schema.parse(value) });
    },
    async remove() {
      await getDb().syncMeta.delete(key);
    },
  };
}

/** Sign-out (src/data/device-lock/device-data.ts): every setting of every owner goes at once. */
export async function clearAllSettings(): Promise<void> {
  await getDb().syncMeta.clear();
}
