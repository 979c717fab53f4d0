/**
 * Issue #6 in real Chromium: a device that recorded contacts and joined its team before passcodes existed
 * (rows and the team's access code in clear, as the app before #6 wrote them) sets its passcode. Every contact
 * is sealed in place and kept, the access code is sealed, nothing is lost or sent twice, and after a reload
 * the contacts open with the code ([S92], [S93]).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import type { RunningServer } from '../../server/start-server';
import {
  cleanupAll,
  gotoUnlocked,
  launch,
  setPasscode,
  startTestServer,
  waitForContent,
  waitForServiceWorker,
  watchPageErrors,
} from './harness';
import {
  createTeam,
  deviceContacts,
  newContactRow,
  putContactRows,
  serverContacts,
  waitForSynced,
  type TestTeam,
} from './sync-helpers';

const CONTACTS = 30;
let server: RunningServer;
let team: TestTeam;
afterAll(cleanupAll);
beforeAll(async () => {
  server = await startTestServer();
  team = await createTeam(server.stores);
});

/**
 * The team row exactly as the app before #6 wrote it: the token in clear. Today's app no longer writes that
 * (joining asks for a passcode first, [S94]), so the test puts it in place, then reloads so the app reads it.
 */
async function putClearTeamRow(page: Page, serverUrl: string, token: string, teamName: string): Promise<void> {
  await page.evaluate(
    async (value) => {
      const open = indexedDB.open('limits-terrain');
      const db = await new Promise<IDBDatabase>((ok, ko) => {
        open.onsuccess = () => ok(open.result);
        open.onerror = () => ko(open.error);
      });
      try {
        const tx = db.transaction('syncMeta', 'readwrite');
        tx.objectStore('syncMeta').put({ key: 'team', value });
        tx.objectStore('syncMeta').put({ key: 'status', value: { attempt: 0 } });
        await new Promise((ok, ko) => {
          tx.oncomplete = ok;
          tx.onerror = () => ko(tx.error);
        });
      } finally {
        db.close();
      }
    },
    { serverUrl, token, team: teamName, role: 'worker', label: 'Phone of Sam', joinedAt: new Date().toISOString() },
  );
  await page.reload();
  await waitForContent(page);
}

/** How the team row and the contact bodies lie in IndexedDB: sealed values are byte arrays. */
function storedShapes(page: Page): Promise<{ plainBodies: number; sealedBodies: number; tokenSealed: boolean }> {
  return page.evaluate(async () => {
    const open = indexedDB.open('limits-terrain');
    const db = await new Promise<IDBDatabase>((ok, ko) => {
      open.onsuccess = () => ok(open.result);
      open.onerror = () => ko(open.error);
    });
    try {
      const tx = db.transaction(['contacts', 'syncMeta']);
      const rows = tx.objectStore('contacts').getAll();
      const teamRow = tx.objectStore('syncMeta').get('team');
      await new Promise((ok, ko) => {
        tx.oncomplete = ok;
        tx.onerror = () => ko(tx.error);
      });
      const bodies = (rows.result as { body: unknown }[]).map((row) => row.body);
      const token = (teamRow.result as { value?: { token?: unknown } } | undefined)?.value?.token;
      return {
        plainBodies: bodies.filter((body) => body !== null && !ArrayBuffer.isView(body)).length,
        sealedBodies: bodies.filter((body) => ArrayBuffer.isView(body)).length,
        tokenSealed: ArrayBuffer.isView(token),
      };
    } finally {
      db.close();
    }
  });
}

describe('migration to encrypted storage', () => {
  it('[S92][S93] contacts and the access code stored in clear are sealed, kept and sent once', async () => {
    const { context } = await launch();
    const page = context.pages()[0] ?? (await context.newPage());
    const errors = watchPageErrors(page);
    await page.goto(server.url);
    await waitForServiceWorker(page);
    await waitForContent(page);
    // The app opens its database where it needs it (reading the guide does not): the contacts page does.
    await page.goto(`${server.url}/contacts`);
    await page.getByRole('heading', { level: 1 }).first().waitFor();
    await page.evaluate(async () => {
      for (let i = 0; i < 100 && !(await indexedDB.databases()).some((db) => db.name === 'limits-terrain'); i++) {
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
    });

    // The device as the app before #6 left it: joined (token in clear), contacts in clear not sent yet
    // (offline, so no sync takes them before the passcode).
    await context.setOffline(true);
    await putClearTeamRow(page, server.url, team.worker, team.name);
    const rows = Array.from({ length: CONTACTS }, (_, i) => newContactRow(i));
    await putContactRows(page, rows);
    expect(await storedShapes(page)).toEqual({ plainBodies: CONTACTS, sealedBodies: 0, tokenSealed: false });

    // The contacts page asks for a passcode first; setting it seals everything in place.
    await setPasscode(page, server.url);
    await expect
      .poll(() => storedShapes(page), { timeout: 30_000 })
      .toEqual({ plainBodies: 0, sealedBodies: CONTACTS, tokenSealed: true });
    const sealed = await deviceContacts(page);
    expect(sealed).toHaveLength(CONTACTS);
    // Same content, so same revision: nothing new to send ([S3]).
    expect(sealed.every((row) => row.revision === 1 && row.syncState === 'pending')).toBe(true);

    // Back online: the sealed outbox is opened and sent, each contact once, with the content it had.
    await context.setOffline(false);
    await waitForSynced(page);
    const onServer = await serverContacts(server.url, team.coordinator);
    expect(onServer.size).toBe(CONTACTS);
    for (const row of rows) expect(onServer.get(row.id)?.body).toEqual(row.body);

    // A reload locks; the code opens the contacts again, every one of them.
    await gotoUnlocked(page, `${server.url}/contacts/${rows[7]?.id ?? ''}`);
    expect(await page.getByLabel('Note', { exact: true }).inputValue()).toBe('Seeded contact 7');
    expect(errors).toEqual([]);
    await context.close();
  });
});
