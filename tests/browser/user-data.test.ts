/** Issue #2: favourites and a ticked checklist are saved on the device and survive a reload offline. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningServer } from '../../server/start-server';
import { cleanupAll, launch, startTestServer, waitForContent, waitForServiceWorker } from './harness';

let server: RunningServer;
afterAll(cleanupAll);
beforeAll(async () => {
  server = await startTestServer();
});

describe('user data offline', () => {
  it('keeps a favourite and checklist ticks across an offline reload', async () => {
    const { context } = await launch();
    const page = context.pages()[0] ?? (await context.newPage());
    await page.goto(server.url);
    await waitForServiceWorker(page);
    await waitForContent(page);
    await context.setOffline(true);

    await page.goto(`${server.url}/vocabulary/guetteur`);
    await page.getByRole('button', { name: 'Add to favourites' }).click();
    await page.getByRole('button', { name: 'Remove from favourites' }).waitFor();

    await page.goto(`${server.url}/checklists/referral-epide`);
    const boxes = page.getByRole('checkbox');
    await boxes.first().waitFor();
    const total = await boxes.count();
    // The boxes show what is stored, so each click is confirmed once IndexedDB has saved it.
    await boxes.nth(0).click();
    await page.getByText(`1 of ${total}`).first().waitFor();
    await boxes.nth(2).click();
    await page.getByText(`2 of ${total}`).first().waitFor();

    await page.reload();
    // The steps show at once (prerendered); the boxes can be ticked once the device's runs are read.
    await page.waitForFunction(() => {
      const box = document.querySelector<HTMLInputElement>('main input[type="checkbox"]');
      return box !== null && !box.disabled;
    });
    expect(await boxes.nth(0).isChecked()).toBe(true);
    expect(await boxes.nth(1).isChecked()).toBe(false);
    expect(await boxes.nth(2).isChecked()).toBe(true);

    await page.goto(`${server.url}/favourites`);
    await page.getByRole('link', { name: /Guetteur/ }).waitFor();
  });
});
