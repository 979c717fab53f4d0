/**
 * Issue #6 in real Chromium: with a passcode set, a contact whose note holds a unique canary is saved; after the
 * browser is closed the canary appears in no file of the profile directory (IndexedDB, Service Worker, Cache
 * Storage, Local Storage…: every file, binary-safe, as UTF-8 and as UTF-16LE since LevelDB may keep strings
 * either way). Reopened, the contacts are locked; a wrong passcode is refused, the right one reads it back.
 * Only data written after the passcode is covered: Chromium may keep pre-migration plaintext in LevelDB logs
 * until compaction (SECURITY.md).
 */
import { randomUUID } from 'node:crypto';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningServer } from '../../server/start-server';
import { cleanupAll, launch, seriousViolations, startTestServer, waitForContent, watchPageErrors } from './harness';

let server: RunningServer;
afterAll(cleanupAll);
beforeAll(async () => {
  server = await startTestServer();
});

const PASSCODE = 'quatre mots dans le vent';

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

describe('encryption at rest', () => {
  it('a contact saved behind the passcode leaves no plaintext on disk; unlock reads it back', async () => {
    const canary = `CANARY${randomUUID().replaceAll('-', '')}`;
    const first = await launch();
    const page = first.context.pages()[0] ?? (await first.context.newPage());
    const errors = watchPageErrors(page);
    await page.goto(server.url);
    await waitForContent(page);

    // The first contact asks for a passcode first, with the forgotten-passcode warning.
    await page.goto(`${server.url}/contacts/new`);
    await page.getByRole('heading', { level: 1, name: 'Protect your contacts with a code' }).waitFor();
    await page.getByText(/contacts on this device are then lost/).waitFor();
    expect(await seriousViolations(page)).toEqual([]);
    await page.getByLabel('New code', { exact: true }).fill(PASSCODE);
    await page.getByLabel('Type the code again', { exact: true }).fill(`${PASSCODE}!`);
    await page.getByRole('button', { name: 'Set the code' }).click();
    await page.getByRole('alert').getByText('The two codes are different.').waitFor();
    await page.getByLabel('Type the code again', { exact: true }).fill(PASSCODE);
    await page.getByRole('button', { name: 'Set the code' }).click();

    await page.getByRole('heading', { level: 1, name: 'New contact' }).waitFor({ timeout: 15_000 });
    await page.getByLabel('Note', { exact: true }).fill(`Rencontre ${canary} devant le hall`);
    await page.getByRole('button', { name: 'Save', exact: true }).click();
    await page.getByText(/Contact saved on this device/).waitFor();
    await page
      .getByRole('link', { name: /Waiting to sync/ })
      .first()
      .waitFor();
    expect(errors).toEqual([]);
    await first.context.close();

    expect(filesUnder(first.profileDir).length).toBeGreaterThan(0);
    expect(filesContaining(first.profileDir, canary)).toEqual([]);

    const second = await launch({ profileDir: first.profileDir });
    const again = second.context.pages()[0] ?? (await second.context.newPage());
    const errorsAgain = watchPageErrors(again);
    await again.goto(`${server.url}/contacts`);
    await again.getByRole('heading', { level: 1, name: 'Contacts are locked' }).waitFor({ timeout: 15_000 });
    // Counted from the clear sync state, while locked.
    await again.getByText('1 contact waits to be sent: unlock to sync.').waitFor();
    await again.getByLabel('Code', { exact: true }).fill('not the passcode');
    await again.getByRole('button', { name: 'Unlock' }).click();
    await again.getByRole('alert').getByText('Wrong code. Try again.').waitFor({ timeout: 15_000 });
    expect(await seriousViolations(again)).toEqual([]);
    expect(await again.getByText(canary).count()).toBe(0);

    await again.getByLabel('Code', { exact: true }).fill(PASSCODE);
    await again.getByRole('button', { name: 'Unlock' }).click();
    await again
      .getByRole('link', { name: /Waiting to sync/ })
      .first()
      .click();
    await again.getByText(canary, { exact: false }).waitFor({ timeout: 15_000 });

    // Lock now: the contact is hidden again at once.
    await again.getByRole('button', { name: 'Lock', exact: true }).click();
    await again.getByRole('heading', { level: 1, name: 'Contacts are locked' }).waitFor();
    expect(await again.getByText(canary).count()).toBe(0);
    expect(errorsAgain).toEqual([]);
  }, 120_000);
});
