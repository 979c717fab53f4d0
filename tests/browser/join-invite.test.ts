/**
 * Issue #13 in real Chromium ([S94]): a device joins with a link carrying a short-lived, single-use invite. The
 * long-lived token the server hands back (in a POST reply) appears in no file of the browser profile once the
 * browser is closed — History, Sessions, Favicons, IndexedDB, caches: every file, as UTF-8 and as UTF-16LE —
 * and the used invite is refused a second time.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningServer } from '../../server/start-server';
import { JoinResponseSchema } from '../../src/shared/protocol/protocol';
import {
  cleanupAll,
  launch,
  setPasscode,
  startTestServer,
  TEST_PASSCODE,
  waitForContent,
  waitForServiceWorker,
  watchPageErrors,
} from './harness';
import { createTeam, openJoinLink, sqliteDb, syncIndicator, type TestTeam } from './sync-helpers';

let server: RunningServer;
let team: TestTeam;
afterAll(cleanupAll);
beforeAll(async () => {
  server = await startTestServer();
  team = await createTeam(server.stores, 'Équipe Sud', 'Phone of Lou');
});

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    const info = statSync(path, { throwIfNoEntry: false });
    if (!info) return [];
    return info.isDirectory() ? filesUnder(path) : info.isFile() ? [path] : [];
  });
}

/** Files holding `needle`, searched as raw bytes in both encodings. */
function filesContaining(dir: string, needle: string): string[] {
  const patterns = [Buffer.from(needle, 'utf8'), Buffer.from(needle, 'utf16le')];
  return filesUnder(dir).filter((file) => {
    const bytes = readFileSync(file);
    return patterns.some((pattern) => bytes.includes(pattern));
  });
}

describe('joining with an invite', () => {
  it('[S94] leaves the long-lived token in no file of the profile; the used invite is refused again', async () => {
    const invite = await team.invite();
    const { context, profileDir } = await launch();
    const page = context.pages()[0] ?? (await context.newPage());
    const errors = watchPageErrors(page);
    await page.goto(server.url);
    await waitForServiceWorker(page);
    await waitForContent(page);

    // The token exists only in the answer to the POST that used the invite.
    const joinAnswer = page.waitForResponse((response) => response.url().endsWith('/api/v1/join'));
    await openJoinLink(page, `${server.url}/join#invite=${invite}`);
    expect(page.url()).toBe(`${server.url}/join`);
    await page.getByRole('heading', { name: `Join team “${team.name}” as outreach worker (Phone of Lou)?` }).waitFor();
    await page.getByRole('button', { name: 'Join the team' }).click();
    const answer = await joinAnswer;
    expect(answer.request().method()).toBe('POST');
    const { token } = JoinResponseSchema.parse(await answer.json());
    await page.getByText(`This device is now in team “${team.name}”`).waitFor();
    await syncIndicator(page).waitFor();
    // The device really holds it: "Sync now" (with nothing to send, a GET /me) gets through with it.
    await page.getByRole('link', { name: 'See the sync status' }).click();
    await page.getByRole('button', { name: 'Sync now', disabled: false }).click();
    await expect
      .poll(() =>
        sqliteDb(server).prepare('SELECT k.last_used_at FROM tokens k JOIN invites i ON i.token_id = k.id').get(),
      )
      .toMatchObject({ last_used_at: expect.any(String) });
    expect(errors).toEqual([]);
    await context.close();

    const files = filesUnder(profileDir);
    expect(files.some((file) => /History$/.test(file))).toBe(true);
    expect(files.length).toBeGreaterThan(20);
    expect(filesContaining(profileDir, token)).toEqual([]);
    // The search itself works: the invite, opened as a URL, is in the history files (harmless: it is used up).
    expect(filesContaining(profileDir, invite).length).toBeGreaterThan(0);

    const again = await fetch(`${server.url}/api/v1/join`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ invite }),
    });
    expect(again.status).toBe(401);
    expect(await again.json()).toMatchObject({ error: 'invalid_invite' });
  });

  it('issue #15: a link opened with no network says so in French, and joins once the network is back', async () => {
    const offlineTeam = await createTeam(server.stores, 'Équipe Est', 'Téléphone de Lou');
    const invite = await offlineTeam.invite();
    const { context } = await launch({ locale: 'fr-FR', viewport: { width: 360, height: 740 } });
    const page = context.pages()[0] ?? (await context.newPage());
    const errors = watchPageErrors(page);
    await page.goto(server.url);
    await waitForServiceWorker(page);
    await waitForContent(page);
    await setPasscode(page, server.url, 'fr');

    // No network: the service worker serves /join, the lock screen opens with the code, the check cannot go out.
    await context.setOffline(true);
    await page.goto(`${server.url}/join#invite=${invite}`);
    await page.getByLabel('Code', { exact: true }).fill(TEST_PASSCODE);
    await page.getByRole('button', { name: 'Déverrouiller' }).click();
    const waiting = page.getByRole('alert').filter({ hasText: 'Pas de réseau : l’adhésion reprendra' });
    await waiting.waitFor({ timeout: 60_000 });
    expect(await page.locator('main').innerText()).not.toMatch(/Failed to fetch|TypeError/);
    await expect.poll(() => page.getByRole('button', { name: 'Réessayer' }).isVisible()).toBe(true);

    // Back online: the check goes out by itself, nobody presses anything.
    await context.setOffline(false);
    const question = page.getByRole('heading', { name: /^Rejoindre l’équipe «\sÉquipe Est\s»\s\?/ });
    await question.waitFor({ timeout: 20_000 });

    // Confirmed while offline again: the exchange waits for the network too, then completes by itself.
    await context.setOffline(true);
    await page.getByRole('button', { name: 'Rejoindre l’équipe' }).click();
    await waiting.waitFor({ timeout: 20_000 });
    await context.setOffline(false);
    await page.getByText('Cet appareil fait désormais partie de l’équipe « Équipe Est »').waitFor({ timeout: 20_000 });
    expect(
      sqliteDb(server)
        .prepare(
          'SELECT i.used_at FROM invites i JOIN teams t ON t.id = i.team_id WHERE t.name = ? AND i.used_at IS NOT NULL',
        )
        .all('Équipe Est'),
    ).toHaveLength(1);
    expect(errors).toEqual([]);
    await context.close();
  });
});
