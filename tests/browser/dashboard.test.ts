/**
 * Issue #16, the coordinator dashboard in real Chromium against the real server and build: a worker's device
 * records 15 contacts with referrals and syncs them; a second device joins the team with a coordinator invite
 * (French, 360 × 740), opens the dashboard from the team panel, reads the figures the server computed from the
 * table views (suppressed ones as "< 5"), passes axe and fits 360 px at 200 % text; then, offline, a reload
 * shows the last report with its date, the chart drawn from the file cached at first use.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningServer } from '../../server/start-server';
import { randomUUID } from 'node:crypto';
import {
  cleanupAll,
  launch,
  seriousViolations,
  startTestServer,
  TEST_PASSCODE,
  waitForContent,
  waitForServiceWorker,
  watchPageErrors,
} from './harness';
import {
  createTeam,
  joinTeamViaLink,
  newContactRow,
  openSyncPanelUnlocked,
  putContactRows,
  serverContacts,
  type TestTeam,
} from './sync-helpers';

let server: RunningServer;
let team: TestTeam;
afterAll(cleanupAll);
beforeAll(async () => {
  server = await startTestServer();
  team = await createTeam(server.stores);
});

const fr = (ns: string) =>
  JSON.parse(readFileSync(resolve(process.cwd(), 'locales', 'fr', `${ns}.json`), 'utf8')) as Record<
    string,
    Record<string, string>
  >;

/** The cells of a table view's row, by the table's name and the row's header. */
async function rowCells(table: Locator, row: string): Promise<string[]> {
  return table
    .getByRole('row')
    .filter({ has: table.page().getByRole('rowheader', { name: row, exact: true }) })
    .getByRole('cell')
    .allTextContents();
}

async function joinAsCoordinator(page: Page, invite: string): Promise<void> {
  const security = fr('security');
  const sync = fr('sync');
  await page.goto(`${server.url}/join#invite=${invite}`);
  await page.getByRole('heading', { level: 1, name: security.setup!.title }).waitFor({ timeout: 15_000 });
  await page.getByLabel(security.setup!.passcode!, { exact: true }).fill(TEST_PASSCODE);
  await page.getByLabel(security.setup!.confirm!, { exact: true }).fill(TEST_PASSCODE);
  await page.getByRole('button', { name: security.setup!.submit }).click();
  await page.getByRole('button', { name: sync.join!.confirm, exact: true }).click({ timeout: 60_000 });
  await page.getByText(`Cet appareil fait désormais partie de l’équipe « ${team.name} »`).waitFor();
  // In the app from here: a page load would lock the vault, and the coordinator's token is sealed ([S93]).
  await page.getByRole('link', { name: sync.join!.seeStatus }).click();
}

/**
 * What a worker recorded last month: 15 contacts of one person each; ages 16–17 on 10, under 13 on 3, 13–15 on 2;
 * a referral to EPIDE accepted on 5 of them and one in progress on 2. Figures: contacts and people 15, the
 * age bands 10, < 5, < 5; outcomes accepted 5, in progress < 5 (counts under 5 are never shown).
 */
function workerRows() {
  // The 15th of last month at noon: inside the dashboard's default period (last month) whatever today is.
  const today = new Date();
  const now = new Date(Date.UTC(today.getUTCFullYear(), today.getUTCMonth() - 1, 15, 12));
  return Array.from({ length: 15 }, (_, i) => {
    const row = newContactRow(i, now);
    const at = row.occurredAt;
    const outcome = i < 5 ? 'accepted' : i < 7 ? 'in-progress' : undefined;
    return {
      ...row,
      body: {
        ...(row.body ?? {}),
        people: 1,
        ageBands: [i < 10 ? '16-17' : i < 13 ? 'under-13' : '13-15'],
        ...(outcome && {
          referrals: [
            {
              id: randomUUID(),
              schemeId: 'epide',
              checklistId: 'referral-epide',
              startedAt: at,
              stepsDone: [],
              outcome,
              updatedAt: at,
            },
          ],
        }),
      },
    };
  });
}

describe('coordinator dashboard in the browser', () => {
  it('reads the figures from the table views, passes axe at 360 px, and shows the last report offline', async () => {
    // A worker's phone records the contacts offline-first and sends them with "Sync now".
    const rows = workerRows();
    const worker = await launch();
    const workerPage = worker.context.pages()[0] ?? (await worker.context.newPage());
    await workerPage.goto(server.url);
    await waitForServiceWorker(workerPage);
    await joinTeamViaLink(workerPage, server.url, team);
    await putContactRows(workerPage, rows as Parameters<typeof putContactRows>[1]);
    await openSyncPanelUnlocked(workerPage, server.url);
    await workerPage.getByRole('button', { name: 'Sync now', disabled: false }).click();
    await expect
      .poll(async () => (await serverContacts(server.url, team.coordinator)).size, { timeout: 30_000 })
      .toBe(15);
    await worker.context.close();

    const { context } = await launch({ locale: 'fr-FR', viewport: { width: 360, height: 740 } });
    const page = context.pages()[0] ?? (await context.newPage());
    const errors = watchPageErrors(page);
    const asked: URL[] = [];
    page.on('request', (request) => {
      if (request.url().includes('/api/v1/stats')) asked.push(new URL(request.url()));
    });
    await page.goto(server.url);
    await waitForServiceWorker(page);
    await waitForContent(page);
    const invite = (await server.stores.invites.addInvite(team.name, 'coordinator', 'Bureau', 10)).invite;
    await joinAsCoordinator(page, invite);

    // The team panel shows the dashboard to a coordinator.
    await page.getByRole('link', { name: 'Tableau de bord de l’équipe' }).click();
    await page.getByRole('heading', { level: 1, name: 'Tableau de bord de l’équipe' }).waitFor();
    const overview = page.getByRole('table', { name: 'Vue d’ensemble' });
    await overview.waitFor();
    expect(asked).toHaveLength(1);
    expect([...(asked[0]?.searchParams.keys() ?? [])]).toEqual(['from', 'to', 'group']);

    const readFigures = async () => {
      expect((await rowCells(overview, 'Contacts'))[0]).toBe('15');
      expect((await rowCells(overview, 'Personnes rencontrées'))[0]).toBe('15');
      const ages = page.getByRole('table', { name: 'Tranches d’âge' });
      expect(await rowCells(ages, '16–17 ans')).toEqual(['10']);
      expect(await rowCells(ages, 'Moins de 13 ans')).toEqual(['< 5']);
      expect(await rowCells(ages, '13–15 ans')).toEqual(['< 5']);
      const outcomes = page.getByRole('table', { name: 'Suites des orientations' });
      expect(await rowCells(outcomes, 'Acceptée')).toEqual(['5']);
      expect(await rowCells(outcomes, 'En cours')).toEqual(['< 5']);
      // The activity chart's table view, opened from its button: this week's row holds the 15 contacts.
      await page.getByRole('button', { name: 'Afficher le tableau' }).click();
      const activity = page.getByRole('region', { name: /^Activité dans le temps \(tableau/ }).getByRole('table');
      expect((await activity.getByRole('row').allTextContents()).some((row) => /15/.test(row))).toBe(true);
      await page.getByText(/Les nombres inférieurs à 5 sont affichés «\s<\s5\s»/).waitFor();
    };
    await readFigures();
    // The chart, drawn by the lazily loaded library.
    await page.locator('.dash-chart__canvas canvas').first().waitFor();
    expect(await seriousViolations(page)).toEqual([]);
    // 200 % text at 360 px: everything wraps, nothing scrolls sideways (the activity table scrolls in its region).
    // As the text size setting does (src/app/apply-preferences.ts).
    await page.evaluate(() => {
      document.documentElement.style.setProperty('font-size', '200%');
      document.documentElement.dataset.textSize = '200';
    });
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
    expect(await seriousViolations(page)).toEqual([]);
    // Dark mode through the design tokens: still readable (axe's contrast checks).
    await page.evaluate(() => document.documentElement.setAttribute('data-theme', 'dark'));
    expect(await seriousViolations(page)).toEqual([]);
    await page.evaluate(() => document.documentElement.removeAttribute('data-theme'));
    // The committee's print: no app bar, filters or buttons; every table, the activity's too.
    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('.app-bar').isVisible()).toBe(false);
    expect(await page.getByRole('group', { name: 'Filtres' }).isVisible()).toBe(false);
    expect(await page.getByRole('button', { name: 'Imprimer / PDF' }).isVisible()).toBe(false);
    // Even with the table closed on screen (its button is hidden in print, so clicked from script).
    await page.locator('.dash-table-toggle').evaluate((button: HTMLElement) => button.click());
    expect(await page.locator('.dash-table-toggle').getAttribute('aria-expanded')).toBe('false');
    expect(await page.getByRole('region', { name: /^Activité dans le temps \(tableau/ }).isVisible()).toBe(true);
    expect(await page.getByText(/ne comptent que ce que les intervenants/).isVisible()).toBe(true);
    await page.emulateMedia({ media: 'screen' });
    const loadedAt = (await page.getByText(/^Rapport chargé le /).textContent())?.trim();
    expect(loadedAt).toMatch(/^Rapport chargé le \d{1,2} \S+ \d{4} à \d{2}:\d{2}\.$/);

    // Offline, a reload: the service worker answers the page, the device the last report, with its date.
    await context.setOffline(true);
    await page.reload();
    await overview.waitFor({ timeout: 30_000 });
    // Said in words: no network, the last report of these filters is the one shown, loaded then.
    await page.getByText(/pas de réseau/).waitFor();
    expect(await page.getByText(/^Rapport chargé le /).textContent()).toContain(loadedAt);
    await page.getByText('Le dernier rapport chargé pour ces filtres est affiché.', { exact: false }).waitFor();
    await readFigures();
    await page.locator('.dash-chart__canvas canvas').first().waitFor();
    expect(asked).toHaveLength(1);
    expect(await seriousViolations(page)).toEqual([]);
    expect(errors).toEqual([]);
  });
});
