/** Issue #2: the web app manifest and its icons are served and valid for installation. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningServer } from '../../server/start-server';
import { cleanupAll, launch, startTestServer } from './harness';

let server: RunningServer;
afterAll(cleanupAll);
beforeAll(async () => {
  server = await startTestServer();
});

function pngSize(bytes: Uint8Array): { width: number; height: number } {
  const signature = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
  expect([...bytes.slice(0, 8)]).toEqual(signature);
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  return { width: view.getUint32(16), height: view.getUint32(20) };
}

interface ManifestIcon {
  src: string;
  sizes: string;
  type: string;
  purpose?: string;
}

describe('web app manifest', () => {
  it('is linked from the page, served with its content type, and complete', async () => {
    const { context } = await launch();
    const page = context.pages()[0] ?? (await context.newPage());
    await page.goto(server.url);
    const href = await page.locator('link[rel="manifest"]').getAttribute('href');
    expect(href).toBeTruthy();
    // Issue #15: the standard tag, not the deprecated apple-mobile-web-app-capable (Chromium warns about it);
    // iOS takes its standalone display from the manifest and its icon from apple-touch-icon. Checked on the
    // served pages, the home page and a prerendered deep link, as a phone receives them.
    for (const path of ['/', '/guide/2-4-2']) {
      const html = await (await fetch(new URL(path, server.url), { headers: { accept: 'text/html' } })).text();
      expect(html, path).toMatch(/<meta name="mobile-web-app-capable" content="yes"\s*\/?>/);
      expect(html, path).not.toContain('apple-mobile-web-app-capable');
      expect(html, path).toContain('<link rel="apple-touch-icon" href="/apple-touch-icon.png"');
      // The tab's icon is a PNG: an SVG one is built as a document on the page's main thread (a long task of
      // 12–83 ms in a first visit's trace, before the page's scripts).
      expect(html, path).toContain('<link rel="icon" href="/favicon.png" type="image/png" sizes="48x48"');
      expect(html, path).not.toMatch(/<link rel="icon"[^>]*svg/);
    }

    const response = await fetch(new URL(href ?? '', server.url));
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/application\/manifest\+json/);
    expect(response.headers.get('cache-control')).toMatch(/no-cache/);
    const manifest = (await response.json()) as Record<string, unknown> & {
      icons: ManifestIcon[];
      shortcuts: { url: string }[];
      screenshots: ManifestIcon[];
    };
    expect(manifest).toMatchObject({
      name: 'LIMITS Terrain',
      short_name: 'LIMITS',
      display: 'standalone',
      start_url: '/',
    });
    expect(manifest.theme_color).toMatch(/^#[0-9a-f]{6}$/i);
    expect(String(manifest.description).length).toBeGreaterThan(20);
    expect(manifest.shortcuts.map((s) => s.url)).toEqual(['/contacts/new', '/vocabulary', '/schemes', '/checklists']);

    const purposes = new Set<string>();
    for (const icon of [...manifest.icons, ...manifest.screenshots]) {
      const res = await fetch(new URL(icon.src, server.url));
      expect(res.status, icon.src).toBe(200);
      expect(res.headers.get('content-type')).toBe('image/png');
      const { width, height } = pngSize(new Uint8Array(await res.arrayBuffer()));
      expect(`${width}x${height}`, icon.src).toBe(icon.sizes);
      purposes.add(icon.purpose ?? 'any');
    }
    expect(manifest.icons.map((i) => i.sizes)).toEqual(expect.arrayContaining(['192x192', '512x512']));
    expect(purposes).toEqual(new Set(['any', 'maskable']));
    for (const path of ['/apple-touch-icon.png', '/favicon.png', '/robots.txt']) {
      expect((await fetch(new URL(path, server.url))).status, path).toBe(200);
    }
    const favicon = await fetch(new URL('/favicon.png', server.url));
    expect(favicon.headers.get('content-type')).toBe('image/png');
    expect(pngSize(new Uint8Array(await favicon.arrayBuffer()))).toEqual({ width: 48, height: 48 });
  });
});
