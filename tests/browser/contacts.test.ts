/**
 * Issue #4, contact log: offline in real Chromium, a contact typed into the form survives a reload mid-typing
 * (the draft), is saved, and shows in the list as waiting to sync. The pages pass axe and fit 360 px at 200 %.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
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

let server: RunningServer;
afterAll(cleanupAll);
beforeAll(async () => {
  server = await startTestServer();
});

/**
 * The new-contact draft exactly as stored in IndexedDB (read with raw IDB, as a crash would leave it): its
 * values are an AES-GCM envelope (a Uint8Array) once a passcode is set, so only its presence and its bytes
 * can be checked from outside the app.
 */
function storedDraft(page: Page): Promise<{ sealed: boolean; bytes: number[] } | undefined> {
  return page.evaluate(async () => {
    const request = indexedDB.open('limits-terrain');
    const db = await new Promise<IDBDatabase>((ok, ko) => {
      request.onsuccess = () => ok(request.result);
      request.onerror = () => ko(request.error);
    });
    try {
      const get = db.transaction('contactDrafts').objectStore('contactDrafts').get('new');
      const row = await new Promise<{ values: unknown } | undefined>((ok) => {
        get.onsuccess = () => ok(get.result as { values: unknown } | undefined);
        get.onerror = () => ok(undefined);
      });
      if (!row) return undefined;
      const sealed = row.values instanceof Uint8Array;
      return { sealed, bytes: sealed ? [...(row.values as Uint8Array)] : [] };
    } finally {
      db.close();
    }
  });
}

describe('contact log', () => {
  it('offline: a reload mid-typing keeps the draft; the saved contact is listed as pending', async () => {
    const { context } = await launch();
    const page = context.pages()[0] ?? (await context.newPage());
    const errors = watchPageErrors(page);
    await page.goto(server.url);
    await waitForServiceWorker(page);
    await waitForContent(page);
    await context.setOffline(true);
    // The first contact asks for a passcode first (issue #6); offline, as in the field.
    await setPasscode(page, server.url);

    await page.getByRole('heading', { level: 1, name: 'New contact' }).waitFor();
    const note = page.getByLabel('Note', { exact: true });
    await note.pressSequentially('Groupe calme');
    // The draft is saved at every keystroke, sealed: wait for the last write (every write draws a fresh IV, so
    // bytes unchanged for half a second mean the queue of writes is drained). Its bytes never hold the text.
    await expect
      .poll(async () => {
        const before = await storedDraft(page);
        await page.waitForTimeout(500);
        const after = await storedDraft(page);
        return Boolean(before?.sealed) && JSON.stringify(before) === JSON.stringify(after);
      })
      .toBe(true);
    const draft = await storedDraft(page);
    expect(Buffer.from(draft?.bytes ?? []).includes(Buffer.from('Groupe calme'))).toBe(false);

    await page.reload();
    await unlock(page);
    await page.getByText(/^Draft restored/).waitFor();
    expect(await note.inputValue()).toBe('Groupe calme');
    // Carry on typing where the text ends, as a thumb tapping after the last word would.
    await note.focus();
    await page.keyboard.press('ControlOrMeta+End');
    await note.pressSequentially(' devant le hall');
    await page.getByLabel('Place', { exact: true }).fill('Hall B');
    await page.getByRole('checkbox', { name: '16–17' }).check();
    await page.getByRole('button', { name: 'Save', exact: true }).click();

    await page.getByText(/Contact saved on this device/).waitFor();
    expect(new URL(page.url()).pathname).toBe('/contacts');
    const row = page.getByRole('link', { name: /Hall B/ });
    await expect.poll(() => row.textContent()).toMatch(/Waiting to sync/);
    expect(await storedDraft(page)).toBeUndefined();

    // Still there, still pending, after another offline reload; the form opens blank again.
    await page.reload();
    await unlock(page);
    await expect.poll(() => row.textContent()).toMatch(/Waiting to sync/);
    await row.click();
    // The form is filled once the stored contact is read and decrypted.
    await expect.poll(() => page.getByLabel('Note', { exact: true }).inputValue()).toBe('Groupe calme devant le hall');
    await gotoUnlocked(page, `${server.url}/contacts/new`);
    await page.getByRole('heading', { level: 1, name: 'New contact' }).waitFor();
    expect(await page.getByLabel('Note', { exact: true }).inputValue()).toBe('');
    expect(errors).toEqual([]);
  });

  it('passes axe and fits 360 px at 200 % text (form with a warning, list with a row)', async () => {
    const { context } = await launch({ viewport: { width: 360, height: 740 } });
    const page = context.pages()[0] ?? (await context.newPage());
    await page.goto(server.url);
    await waitForContent(page);
    await setPasscode(page, server.url);
    const report: string[] = [];
    for (const [language, textSize, theme] of [
      ['en', 100, 'light'],
      ['fr', 200, 'dark'],
    ] as const) {
      await page.evaluate(
        (state) => {
          localStorage.setItem('limits-terrain:preferences', JSON.stringify({ state, version: 1 }));
        },
        { language, textSize, theme },
      );
      await gotoUnlocked(page, `${server.url}/contacts/new`, language);
      const note = page.locator('#contact-note');
      await note.fill('Rappeler Jean Exemple au 06 00 00 00 00');
      await page.locator('.contact-privacy .callout').first().waitFor();
      report.push(...(await seriousViolations(page)).map((v) => `/contacts/new ${language}: ${v}`));
      await page.locator('button[type="submit"]').click();
      await page.locator('.contact-card').first().waitFor();
      report.push(...(await seriousViolations(page)).map((v) => `/contacts ${language}: ${v}`));
      for (const path of ['/contacts', '/contacts/new']) {
        await gotoUnlocked(page, `${server.url}${path}`, language);
        await page.locator('main h1').waitFor();
        const widths = await page.evaluate(() => ({
          scroll: document.documentElement.scrollWidth,
          client: document.documentElement.clientWidth,
        }));
        if (widths.scroll > widths.client + 1) report.push(`${path} @${textSize}%: ${widths.scroll}px wide`);
      }
    }
    expect(report).toEqual([]);
  });
});
