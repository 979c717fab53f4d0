/**
 * Issue #4, team sync in real Chromium against the real server: join with a link, record 3 contacts offline,
 * reload, come back online → exactly 3 on the server; an edit → revision 2 there; two tabs → no duplicate.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import type { RunningServer } from '../../server/start-server';
import {
  cleanupAll,
  gotoUnlocked,
  launch,
  seriousViolations,
  setPasscode,
  startTestServer,
  unlock,
  waitForContent,
  waitForServiceWorker,
  watchPageErrors,
} from './harness';
import {
  createTeam,
  sqliteDb,
  joinTeamViaLink,
  newContactRow,
  openJoinLink,
  putContactRows,
  serverContacts,
  syncIndicator,
  waitForSynced,
  type TestTeam,
} from './sync-helpers';

let server: RunningServer;
let team: TestTeam;
afterAll(cleanupAll);
beforeAll(async () => {
  server = await startTestServer();
  team = await createTeam(server.stores);
});

/** Records a contact through the contact log's form and waits for the list it returns to. */
async function recordContact(page: Page, place: string): Promise<void> {
  await gotoUnlocked(page, `${server.url}/contacts/new`);
  await page.getByLabel('Place').fill(place);
  await page.getByRole('button', { name: 'Save' }).click();
  await page.waitForURL(`${server.url}/contacts`);
}

describe('team sync in the browser', () => {
  it('joins with a link, keeps offline contacts across a reload, sends each exactly once, and edits', async () => {
    const { context } = await launch();
    const page = context.pages()[0] ?? (await context.newPage());
    const errors = watchPageErrors(page);
    await page.goto(server.url);
    await waitForServiceWorker(page);
    await waitForContent(page);

    // The join link: the secret leaves the address bar at once; the server names the team.
    // [S94] A device without a passcode is asked for one before the token can be stored.
    await openJoinLink(page, `${server.url}/join#invite=${await team.invite()}`);
    await page.getByRole('heading', { name: `Join team “${team.name}” as outreach worker (Phone of Sam)?` }).waitFor();
    expect(page.url()).toBe(`${server.url}/join`);
    expect(await seriousViolations(page)).toEqual([]);
    await page.getByRole('button', { name: 'Join the team' }).click();
    await page.getByText(`This device is now in team “${team.name}”`).waitFor();
    await syncIndicator(page).waitFor();

    await context.setOffline(true);
    for (const place of ['Bus station', 'Market square', 'Sports ground']) await recordContact(page, place);
    await page.getByRole('link', { name: /3 to send/ }).waitFor();
    await page.reload();
    await page.getByRole('link', { name: /3 to send/ }).waitFor();
    // [S90] A reload locks; sending needs the bodies in clear.
    await unlock(page);
    expect((await serverContacts(server.url, team.coordinator)).size).toBe(0);

    // The sync panel while offline with contacts waiting, and the leave warning: in words, axe-clean.
    await page.getByRole('link', { name: /3 to send/ }).click();
    await page.getByRole('button', { name: 'Sync now' }).click();
    await page.getByText('No network: contacts will be sent when the phone is back online.').waitFor();
    await page.getByRole('button', { name: 'Leave the team' }).click();
    await page.getByText(/3 contacts have not reached the server yet/).waitFor();
    expect(await seriousViolations(page)).toEqual([]);
    await page.getByRole('button', { name: 'Stay in the team' }).click();

    await context.setOffline(false);
    await waitForSynced(page);
    const afterOnline = await serverContacts(server.url, team.coordinator);
    expect(afterOnline.size).toBe(3);
    expect([...afterOnline.values()].map((c) => c.body?.place).sort()).toEqual([
      'Bus station',
      'Market square',
      'Sports ground',
    ]);
    expect([...afterOnline.values()].every((c) => c.revision === 1)).toBe(true);

    // Edit one: the server gets revision 2 of the same contact.
    const edited = [...afterOnline.values()].find((c) => c.body?.place === 'Market square');
    if (!edited) throw new Error('edited contact missing');
    await gotoUnlocked(page, `${server.url}/contacts/${edited.id}`);
    await page.getByLabel('Note').fill('Came back with a friend; talked about the summer jobs.');
    await page.getByRole('button', { name: 'Save' }).click();
    await page.waitForURL(`${server.url}/contacts`);
    await expect
      .poll(async () => (await serverContacts(server.url, team.coordinator)).get(edited.id)?.revision)
      .toBe(2);
    const afterEdit = await serverContacts(server.url, team.coordinator);
    expect(afterEdit.size).toBe(3);
    expect(afterEdit.get(edited.id)?.body?.note).toBe('Came back with a friend; talked about the summer jobs.');
    await waitForSynced(page);

    // The status panel says it in words.
    await syncIndicator(page).click();
    await page.getByRole('heading', { name: 'Team sync' }).waitFor();
    await page.getByText('Everything recorded on this device has reached the server.').waitFor();
    expect(errors).toEqual([]);
    await context.close();
  });

  it('two tabs record at the same time: every contact once, and both tabs show the result', async () => {
    const { context } = await launch();
    const first = context.pages()[0] ?? (await context.newPage());
    await first.goto(server.url);
    await waitForServiceWorker(first);
    await waitForContent(first);
    await joinTeamViaLink(first, server.url, team);
    const before = (await serverContacts(server.url, team.coordinator)).size;

    const second = await context.newPage();
    await gotoUnlocked(second, `${server.url}/contacts`);
    await syncIndicator(second).waitFor();
    await Promise.all([recordContact(first, 'Tab one'), recordContact(second, 'Tab two')]);
    await recordContact(first, 'Tab one again');

    await Promise.all([waitForSynced(first), waitForSynced(second)]);
    const contacts = [...(await serverContacts(server.url, team.coordinator)).values()];
    expect(contacts).toHaveLength(before + 3);
    const places = contacts.map((c) => c.body?.place);
    for (const place of ['Tab one', 'Tab two', 'Tab one again']) {
      expect(places.filter((p) => p === place)).toHaveLength(1);
    }
    await context.close();
  });

  it('French, 200 % text, 360 px wide, dark: the join page and the team panel fit and pass axe', async () => {
    const { context } = await launch({ locale: 'fr-FR', viewport: { width: 360, height: 740 } });
    const page = context.pages()[0] ?? (await context.newPage());
    await page.goto(server.url);
    await page.evaluate(() =>
      localStorage.setItem(
        'limits-terrain:preferences',
        JSON.stringify({ state: { language: 'fr', theme: 'dark', textSize: 200 }, version: 1 }),
      ),
    );
    await waitForContent(page);
    const fits = () => page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth);

    await setPasscode(page, server.url, 'fr');
    await page.goto(`${server.url}/join#invite=${await team.invite()}`);
    await unlock(page, 'fr');
    await page
      .getByRole('heading', {
        name: `Rejoindre l’équipe « ${team.name} » ? Accès : intervenant·e de terrain (Phone of Sam).`,
      })
      .waitFor();
    expect(await seriousViolations(page)).toEqual([]);
    expect(await fits()).toBe(true);
    await page.getByRole('button', { name: 'Rejoindre l’équipe' }).click();
    await page.getByRole('link', { name: 'Voir l’état de l’envoi' }).click();
    await page.getByRole('heading', { name: 'État de l’envoi' }).waitFor();
    await page.getByRole('link', { name: /^Synchronisation de l’équipe/ }).waitFor();
    expect(await seriousViolations(page)).toEqual([]);
    expect(await fits()).toBe(true);
    await context.close();
  });

  it('syncs when the service worker relays a Background Sync event, and stops on a revoked token', async () => {
    const { context } = await launch();
    const page = context.pages()[0] ?? (await context.newPage());
    await page.goto(server.url);
    await waitForServiceWorker(page);
    await waitForContent(page);
    await openJoinLink(page, `${server.url}/join#invite=${await team.invite('Second phone')}`);
    await page.getByRole('button', { name: 'Join the team' }).click();
    await page.getByText(`This device is now in team “${team.name}”`).waitFor();
    const tokenId = (
      sqliteDb(server).prepare("SELECT token_id AS id FROM invites WHERE label = 'Second phone'").get() as {
        id: number;
      }
    ).id;
    // In-app navigation: the vault stays open (a page load would lock it, [S90]).
    await page.getByRole('link', { name: 'See the sync status' }).click();
    await page.getByRole('button', { name: 'Sync now', disabled: false }).waitFor();

    // A contact waiting (stored without any trigger), then the browser fires the 'limits-sync' tag.
    const row = newContactRow(0);
    await putContactRows(page, [row]);
    const cdp = await context.newCDPSession(page);
    const registrationId = new Promise<string>((resolve) =>
      cdp.on('ServiceWorker.workerRegistrationUpdated', ({ registrations }) => {
        const live = registrations.find((r) => !r.isDeleted && r.scopeURL.startsWith(server.url));
        if (live) resolve(live.registrationId);
      }),
    );
    await cdp.send('ServiceWorker.enable');
    await page.waitForTimeout(1_000);
    expect((await serverContacts(server.url, team.coordinator)).has(row.id)).toBe(false);
    await cdp.send('ServiceWorker.dispatchSyncEvent', {
      origin: server.url,
      registrationId: await registrationId,
      tag: 'limits-sync',
      lastChance: false,
    });
    await expect.poll(async () => (await serverContacts(server.url, team.coordinator)).has(row.id)).toBe(true);

    // The coordinator withdraws this phone's access: the next sync says so in words and keeps the contacts.
    await server.stores.teams.revokeToken(tokenId);
    await putContactRows(page, [newContactRow(1)]);
    await page.getByRole('button', { name: 'Sync now', disabled: false }).click();
    await page.getByText(/The server no longer accepts this device’s access code/).waitFor();
    await page.getByRole('link', { name: /Sync problem/ }).waitFor();
    await context.close();
  });
});
