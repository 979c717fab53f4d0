/**
 * Seals the contacts and drafts written before the passcode was set (issue #6). Resumable by construction:
 * each run looks for rows still in clear, so an interrupted run (tab closed, vault locked) simply continues
 * at the next unlock. Each row is sealed outside any transaction and written only if it was not changed in
 * the meantime (a newer revision was sealed by its own save anyway). Nobody loses a contact: a row is only
 * ever replaced by the same content, encrypted.
 */
import type { Table } from 'dexie';
import {
  contactNeedsSealing,
  draftNeedsSealing,
  rowStamp,
  sealContact,
  sealDraft,
  type StoredContactRow,
  type StoredDraftRow,
} from './contact-crypto';
import { sealMode } from '../device-lock/key-record';
import { getDb } from '../../platform/db/db';
import type { ContactDraftRow, ContactRow } from '../../platform/db/rows';
import { defineSetting, SETTING_KEYS } from '../../platform/db/settings';
import { z } from '../../shared/zod';

/*
 * Rows per batch. Each committed batch makes the open pages' live queries run again (the list, the counts in
 * the header), so fewer, larger batches finish far sooner: 10 000 rows took 94 s in batches of 100 and 21 s in
 * batches of 500 (npm run bench:contacts).
 */
const BATCH = 500;

/**
 * When a whole pass found nothing left in clear: from then on every write is sealed, so the unlocks that follow
 * skip the walk over every row (it slowed the first rows after a cold unlock).
 */
const migrationDone = defineSetting(SETTING_KEYS.vaultMigrationDone, z.string());

/** Returns how many rows were sealed. Does nothing before a passcode exists; VaultLockedError when locked. */
export async function sealPlainRows(): Promise<number> {
  if ((await sealMode()) === 'plain') return 0;
  const db = getDb();
  if ((await migrationDone.get()) !== undefined) return 0;
  const contacts = db.contacts as unknown as Table<StoredContactRow, string>;
  const drafts = db.contactDrafts as unknown as Table<StoredDraftRow, string>;
  let sealed = 0;
  const skipped = new Set<string>();
  // One walk along the primary key, a batch at a time: a row sealed meanwhile by its own save is skipped, and
  // each batch is written in one transaction (thousands of rows from before the passcode take seconds, not
  // minutes: no rescans from the start, no transaction per row).
  let after: string | undefined;
  for (;;) {
    const page: StoredContactRow[] = await (
      after === undefined ? contacts.orderBy(':id') : contacts.where(':id').above(after)
    )
      .limit(BATCH)
      .toArray();
    const last = page.at(-1);
    if (!last) break;
    after = last.id;
    const plain = page.filter(contactNeedsSealing);
    if (plain.length === 0) continue;
    const next = await Promise.all(plain.map((row) => sealContact(row as ContactRow, 'sealed')));
    await db.transaction('rw', db.contacts, async () => {
      const current = await contacts.bulkGet(plain.map((row) => row.id));
      const unchanged = next.filter((row, index) => {
        const same = rowStamp(current[index]) === rowStamp(plain[index]);
        // Changed meanwhile: its new version was written through the store, sealed; looked at again below.
        if (!same) skipped.add(row.id);
        return same;
      });
      await contacts.bulkPut(unchanged);
      sealed += unchanged.length;
    });
  }
  let remaining = 0;
  if (skipped.size > 0) {
    const again = await sealPlainRowsAgain(skipped);
    sealed += again.sealed;
    remaining = again.remaining;
  }
  for (const row of await drafts.filter(draftNeedsSealing).toArray()) {
    const next = await sealDraft(row as ContactDraftRow, 'sealed');
    const written = await db.transaction('rw', db.contactDrafts, async () => {
      if ((await drafts.get(row.key))?.updatedAt !== row.updatedAt) return false;
      await drafts.put(next);
      return true;
    });
    if (written) sealed += 1;
    else remaining += 1;
  }
  if (remaining === 0) await migrationDone.put(new Date().toISOString());
  return sealed;
}

/** Rows that changed during the first pass are checked once more; still changing, they wait for the next run. */
async function sealPlainRowsAgain(ids: Set<string>): Promise<{ sealed: number; remaining: number }> {
  const db = getDb();
  const contacts = db.contacts as unknown as Table<StoredContactRow, string>;
  let sealed = 0;
  let remaining = 0;
  for (const row of await contacts.bulkGet([...ids])) {
    if (!row || !contactNeedsSealing(row)) continue;
    const next = await sealContact(row as ContactRow, 'sealed');
    const stamp = rowStamp(row);
    const written = await db.transaction('rw', db.contacts, async () => {
      if (rowStamp(await contacts.get(row.id)) !== stamp) return false;
      await contacts.put(next);
      return true;
    });
    if (written) sealed += 1;
    else remaining += 1;
  }
  return { sealed, remaining };
}
