/**
 * The headers of a page the service worker answers are the server's, plus what the operator's reverse proxy adds:
 * the worker copies the headers of the pages bundle's response (src/sw/sw.ts, pageHeaders). That is how an
 * operator who wants Cross-Origin-Opener-Policy back (docs/SERVER.md, "Security headers") gets it on every page,
 * offline too. The proxy here sets COOP the way nginx's `add_header` would.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CONTENT_SECURITY_POLICY } from '../../server/http/security-headers';
import type { RunningServer } from '../../server/start-server';
import { cleanupAll, launch, startTestServer, waitForServiceWorker, watchPageErrors } from './harness';
import { startHeaderSettingProxy, type RunningProxy } from './header-setting-proxy';

const COOP = 'cross-origin-opener-policy';
let server: RunningServer;
let proxy: RunningProxy;
afterAll(async () => {
  await proxy.close();
  await cleanupAll();
});
beforeAll(async () => {
  server = await startTestServer();
  proxy = await startHeaderSettingProxy(server.url, { [COOP]: 'same-origin' });
});

async function navigationHeaders(page: Page, url: string): Promise<{ fromServiceWorker: boolean; headers: Headers }> {
  const response = await page.goto(url);
  if (!response) throw new Error(`no response for ${url}`);
  return { fromServiceWorker: response.fromServiceWorker(), headers: new Headers(await response.allHeaders()) };
}

describe("the service worker's pages carry the server's and the proxy's headers", () => {
  it('serves the CSP and an operator-added COOP with each page offline, and the browser applies that COOP', async () => {
    const { context } = await launch({ locale: 'fr-FR' });
    const page = context.pages()[0] ?? (await context.newPage());
    const errors = watchPageErrors(page);
    const online = await navigationHeaders(page, `${proxy.url}/guide/2-4-2`);
    expect(online.fromServiceWorker).toBe(false);
    expect(online.headers.get(COOP)).toBe('same-origin');
    await waitForServiceWorker(page);

    await context.setOffline(true);
    for (const path of ['/guide/2-4-2', '/schemes/epide', '/contacts']) {
      const offline = await navigationHeaders(page, `${proxy.url}${path}`);
      expect(offline.fromServiceWorker, path).toBe(true);
      expect(offline.headers.get('content-security-policy'), path).toBe(CONTENT_SECURITY_POLICY);
      expect(offline.headers.get('x-frame-options'), path).toBe('DENY');
      expect(offline.headers.get(COOP), path).toBe('same-origin');
    }
    await context.setOffline(false);

    // A page of another origin (the server itself, without the proxy) opens the app: COOP severs the opener's
    // handle once the worker's page commits, which the opener sees as a closed window.
    const opener = await context.newPage();
    await opener.goto(`${server.url}/robots.txt`);
    const popup = context.waitForEvent('page');
    await opener.evaluate((url) => {
      (window as unknown as { opened: Window | null }).opened = window.open(url);
    }, `${proxy.url}/vocabulary/nourrice`);
    const opened = await popup;
    await opened.locator('main h1').first().waitFor();
    await opener.waitForFunction(() => (window as unknown as { opened: Window | null }).opened?.closed === true);
    expect(errors).toEqual([]);
    await context.close();
  });
});
