/**
 * Shared steps of the real-browser sync tests and the sync benchmark: a team and tokens made with the server's
 * own admin code, the team's contacts read back through the coordinator API, contacts seeded as raw
 * IndexedDB rows (ContactRow shape) for volume, and the device's outbox read the same way.
 */
import { randomUUID } from 'node:crypto';
import type { Page } from 'playwright-core';
import type { RunningServer } from '../../server/start-server';
import type { SqliteStores } from '../../server/store/sqlite-stores';
import type { Stores } from '../../server/store/stores';
import type { ContactRow } from '../../src/platform/db/rows';
import { gotoUnlocked, TEST_PASSCODE } from './harness';
import { CONTACTS_PATH, ContactsPageSchema, type Contact } from '../../src/shared/protocol/protocol';

export interface TestTeam {
  name: string;
  worker: string;
  coordinator: string;
  /** [S94] A fresh single-use invite of the team (worker, the team's worker label unless given). */
  invite: (label?: string) => Promise<string>;
}

export async function createTeam(stores: Stores, name = 'Équipe Nord', label = 'Phone of Sam'): Promise<TestTeam> {
  await stores.teams.addTeam(name);
  return {
    name,
    worker: (await stores.teams.addToken(name, 'worker', label)).token,
    coordinator: (await stores.teams.addToken(name, 'coordinator', 'Office')).token,
    invite: async (inviteLabel = label) => (await stores.invites.addInvite(name, 'worker', inviteLabel, 10)).invite,
  };
}

/** The SQLite handle of a server started on the default store, for tests that look at rows directly. */
export function sqliteDb(server: RunningServer): SqliteStores['db'] {
  if (server.stores.kind !== 'sqlite') throw new Error(`expected the SQLite store, got ${server.stores.kind}`);
  return (server.stores as SqliteStores).db;
}

/**
 * Opens `url` (a join link), answers the gate before the join question: the passcode setup on a device without
 * one ([S94]: the token is never stored in clear), the unlock screen on a locked one.
 */
export async function openJoinLink(page: Page, url: string): Promise<void> {
  await page.goto(url);
  const setup = page.getByRole('heading', { level: 1, name: 'Protect your contacts with a code' });
  const locked = page.getByRole('heading', { level: 1, name: 'Contacts are locked' });
  const question = page.getByRole('heading', { name: /^Join team/ });
  await setup.or(locked).or(question).first().waitFor({ timeout: 15_000 });
  if (await setup.isVisible()) {
    await page.getByLabel('New code', { exact: true }).fill(TEST_PASSCODE);
    await page.getByLabel('Type the code again', { exact: true }).fill(TEST_PASSCODE);
    await page.getByRole('button', { name: 'Set the code' }).click();
  } else if (await locked.isVisible()) {
    await page.getByLabel('Code', { exact: true }).fill(TEST_PASSCODE);
    await page.getByRole('button', { name: 'Unlock' }).click();
  }
  await question.waitFor({ timeout: 60_000 });
}

/** Every contact of the team, at its latest state ([S30]: the last occurrence of an id wins). */
export async function serverContacts(serverUrl: string, coordinatorToken: string): Promise<Map<string, Contact>> {
  const contacts = new Map<string, Contact>();
  let since: string | undefined;
  for (;;) {
    const url = `${serverUrl}${CONTACTS_PATH}?limit=1000${since ? `&since=${since}` : ''}`;
    const response = await fetch(url, { headers: { authorization: `Bearer ${coordinatorToken}` } });
    if (!response.ok) throw new Error(`GET ${CONTACTS_PATH}: ${response.status} ${await response.text()}`);
    const page = ContactsPageSchema.parse(await response.json());
    for (const contact of page.contacts) contacts.set(contact.id, contact);
    since = page.nextCursor;
    if (!page.hasMore) return contacts;
  }
}

/** A new pending contact as the app stores it (revision 1, never synced). */
export function newContactRow(index: number, at = new Date()): ContactRow {
  const iso = new Date(at.getTime() + index).toISOString();
  return {
    id: randomUUID(),
    revision: 1,
    createdAt: iso,
    updatedAt: iso,
    occurredAt: iso,
    deleted: false,
    body: {
      schemaVersion: 1,
      occurredAt: iso,
      place: `Square ${index % 37}`,
      kind: 'street',
      people: 1 + (index % 4),
      ageBands: ['13-15'],
      topics: [],
      signals: ['school-dropout'],
      schemes: [],
      note: `Seeded contact ${index}`,
    },
    syncState: 'pending',
    syncedRevision: 0,
    pendingSince: iso,
  };
}

/*
 * The page functions below open the app's database themselves: page.evaluate serializes each function, so
 * they cannot share a helper, and the app's CSP forbids building one from a string.
 */

/** Writes rows straight into the contacts store, in one transaction. */
export function putContactRows(page: Page, rows: ContactRow[]): Promise<void> {
  return page.evaluate(async (values) => {
    // As the contact store does when it writes (src/platform/device-flags/device-flags.ts): this device now holds contacts.
    const flagsKey = 'limits-terrain:device';
    const flags = JSON.parse(localStorage.getItem(flagsKey) ?? '{}') as Record<string, boolean>;
    localStorage.setItem(flagsKey, JSON.stringify({ ...flags, contacts: true }));
    const open = indexedDB.open('limits-terrain');
    const db = await new Promise<IDBDatabase>((ok, ko) => {
      open.onsuccess = () => ok(open.result);
      open.onerror = () => ko(open.error);
    });
    try {
      const tx = db.transaction('contacts', 'readwrite');
      for (const row of values) tx.objectStore('contacts').put(row);
      await new Promise((ok, ko) => {
        tx.oncomplete = ok;
        tx.onerror = () => ko(tx.error);
      });
    } finally {
      db.close();
    }
  }, rows);
}

/** Every contact row on the device. */
export function deviceContacts(page: Page): Promise<ContactRow[]> {
  return page.evaluate(async () => {
    const open = indexedDB.open('limits-terrain');
    const db = await new Promise<IDBDatabase>((ok, ko) => {
      open.onsuccess = () => ok(open.result);
      open.onerror = () => ko(open.error);
    });
    try {
      const request = db.transaction('contacts').objectStore('contacts').getAll();
      return await new Promise<ContactRow[]>((ok, ko) => {
        request.onsuccess = () => ok(request.result as ContactRow[]);
        request.onerror = () => ko(request.error);
      });
    } finally {
      db.close();
    }
  });
}

/**
 * A local change to every given contact, exactly as the app's storage module makes one ([S3]): a new
 * revision, pending, in one transaction that re-reads each row (a sync may have changed its state).
 */
export function editContactRows(page: Page, ids: string[], note: string): Promise<void> {
  return page.evaluate(
    async ({ ids: list, note: text }) => {
      const open = indexedDB.open('limits-terrain');
      const db = await new Promise<IDBDatabase>((ok, ko) => {
        open.onsuccess = () => ok(open.result);
        open.onerror = () => ko(open.error);
      });
      try {
        const tx = db.transaction('contacts', 'readwrite');
        const store = tx.objectStore('contacts');
        const at = new Date().toISOString();
        for (const id of list) {
          const get = store.get(id);
          get.onsuccess = () => {
            const row = get.result as ContactRow;
            store.put({
              ...row,
              revision: row.revision + 1,
              updatedAt: at,
              body: row.body && { ...row.body, note: text },
              syncState: 'pending',
              syncReason: undefined,
              pendingSince: row.syncState === 'synced' ? at : (row.pendingSince ?? at),
            } satisfies ContactRow);
          };
        }
        await new Promise((ok, ko) => {
          tx.oncomplete = ok;
          tx.onerror = () => ko(tx.error);
        });
      } finally {
        db.close();
      }
    },
    { ids, note },
  );
}

/** Opens a join link with a fresh invite ([S94]) and confirms the team the server names. */
export async function joinTeamViaLink(page: Page, origin: string, team: TestTeam): Promise<void> {
  await openJoinLink(page, `${origin}/join#invite=${await team.invite()}`);
  await page.getByRole('button', { name: 'Join the team' }).click();
  await page.getByText(`This device is now in team “${team.name}”`).waitFor();
}

/** The header's sync indicator (a link to the sync panel). */
export const syncIndicator = (page: Page) => page.getByRole('link', { name: /^Team sync:/ });

/** Waits until the header says nothing waits to be sent and the last sync worked. */
export async function waitForSynced(page: Page, timeout = 30_000): Promise<void> {
  await page.getByRole('link', { name: /^Team sync: Synced/ }).waitFor({ timeout });
}

/**
 * The sync panel with the vault open: a page load locks it ([S90]) and the settings page has no unlock form,
 * so this unlocks on the contacts page and follows the header's sync link (in-app, the vault stays open).
 */
export async function openSyncPanelUnlocked(page: Page, origin: string): Promise<void> {
  await gotoUnlocked(page, `${origin}/contacts`);
  await syncIndicator(page).click();
  await page.getByRole('heading', { name: 'Sync status' }).waitFor();
}
