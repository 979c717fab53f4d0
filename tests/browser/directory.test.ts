/**
 * Issue #5, the team's local directory in real Chromium against the real server: the coordinator publishes
 * (through the API, with a coordinator token) → a worker's device joined by link receives it on sync → offline,
 * the scheme page still shows the structure with its tel: link; a malformed CSV is refused whole ([S75],
 * [S87], [S88]).
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningServer } from '../../server/start-server';
import { DIRECTORY_PATH } from '../../src/shared/directory/schema';
import {
  cleanupAll,
  launch,
  seriousViolations,
  startTestServer,
  waitForContent,
  waitForServiceWorker,
  watchPageErrors,
} from './harness';
import { createTeam, joinTeamViaLink, waitForSynced, type TestTeam } from './sync-helpers';

let server: RunningServer;
let team: TestTeam;
afterAll(cleanupAll);
beforeAll(async () => {
  server = await startTestServer();
  team = await createTeam(server.stores);
});

/** Rows of the device's directory table, read straight from IndexedDB. */
function deviceDirectory(page: Page): Promise<{ id: string; name: string; source: string }[]> {
  return page.evaluate(async () => {
    const open = indexedDB.open('limits-terrain');
    const db = await new Promise<IDBDatabase>((ok, ko) => {
      open.onsuccess = () => ok(open.result);
      open.onerror = () => ko(open.error);
    });
    try {
      const request = db.transaction('directoryEntries').objectStore('directoryEntries').getAll();
      return await new Promise<{ id: string; name: string; source: string }[]>((ok, ko) => {
        request.onsuccess = () => ok(request.result as { id: string; name: string; source: string }[]);
        request.onerror = () => ko(request.error);
      });
    } finally {
      db.close();
    }
  });
}

describe('team directory in the browser', () => {
  it('[S87] a published directory reaches a worker on sync and works offline; a bad CSV is refused whole', async () => {
    const published = await fetch(`${server.url}${DIRECTORY_PATH}`, {
      method: 'PUT',
      headers: { authorization: `Bearer ${team.coordinator}`, 'content-type': 'application/json' },
      body: JSON.stringify({
        baseVersion: 0,
        entries: [
          {
            id: '5f0c2a9e-3b1d-4c7e-9a2b-6d8e0f1a2b3c',
            schemeId: 'cej',
            name: 'Mission locale de Lille',
            address: '12 rue Nationale\n59000 Lille',
            phone: '03 20 12 34 56',
            openingHours: 'Lundi–vendredi 9h–17h',
          },
        ],
      }),
    });
    expect(published.status).toBe(200);

    const { context } = await launch();
    const page = context.pages()[0] ?? (await context.newPage());
    const errors = watchPageErrors(page);
    await page.goto(server.url);
    await waitForServiceWorker(page);
    await waitForContent(page);
    await joinTeamViaLink(page, server.url, team);
    await waitForSynced(page);
    await expect
      .poll(async () => (await deviceDirectory(page)).map((row) => [row.name, row.source]))
      .toEqual([['Mission locale de Lille', 'team']]);

    // Offline, from the service worker: the scheme page shows the structure with one-tap links.
    await context.setOffline(true);
    await page.goto(`${server.url}/schemes/cej`);
    const section = page.getByRole('region', { name: 'Local structures' });
    const card = section.getByRole('article', { name: 'Mission locale de Lille' });
    await card.waitFor();
    expect(await card.getByText('From the team').count()).toBe(1);
    expect(await card.getByRole('link', { name: 'Call 03 20 12 34 56' }).getAttribute('href')).toBe('tel:+33320123456');
    expect(await card.getByRole('button', { name: /^Edit/ }).count()).toBe(0);
    expect(await seriousViolations(page)).toEqual([]);
    // 360 px wide with 200 % text: everything wraps, nothing scrolls sideways.
    await page.setViewportSize({ width: 360, height: 740 });
    // Through the CSSOM: the app's CSP refuses inline style sheets.
    await page.evaluate(() => document.documentElement.style.setProperty('font-size', '200%'));
    // By keyboard: at this size the sticky header and bottom bar cover most of the screen.
    await section.getByRole('button', { name: 'Add a local structure' }).press('Enter');
    await section.getByLabel('Name of the structure (required)').waitFor();
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);

    // A malformed CSV: refused whole, every problem listed, nothing added.
    await page.goto(`${server.url}/directory`);
    await page.getByRole('heading', { level: 1, name: 'Local directory' }).waitFor();
    await page.getByLabel('File to import (CSV or JSON)').setInputFiles({
      name: 'annuaire.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from('schemeId;name;phone\r\ncej;Mission locale de Roubaix;03 20 00 00 00\r\ncej;;12\r\n'),
    });
    const alert = page.getByRole('alert');
    await alert.getByText('annuaire.csv was refused: 2 problems to fix.').waitFor();
    expect(await alert.getByRole('listitem').allTextContents()).toEqual([
      'line 3: name: required',
      'line 3: phone: not a phone number (e.g. 01 23 45 67 89 or +33 1 23 45 67 89)',
    ]);
    expect(await seriousViolations(page)).toEqual([]);
    expect((await deviceDirectory(page)).map((row) => row.name)).toEqual(['Mission locale de Lille']);
    expect(errors).toEqual([]);
  });
});
