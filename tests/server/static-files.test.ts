import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cacheControlFor } from '../../server/http/static-files';
import { APP_JS, pageHtml, rawGet, startTestServer, type TestServer } from './helpers';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(async () => {
  await server.close();
});

const html = { accept: 'text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8' };

describe('static files and caching', () => {
  it('serves the prerendered home page at / with no-cache (never the bare template)', async () => {
    const response = await fetch(`${server.baseUrl}/`, { headers: html });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^text\/html/);
    expect(response.headers.get('cache-control')).toBe('no-cache');
    expect(await response.text()).toBe(pageHtml('fr', 'index'));
  });

  it('serves hashed /assets/ files as immutable for a year', async () => {
    const response = await fetch(`${server.baseUrl}/assets/app-abc123.js`);
    expect(response.status).toBe(200);
    expect(response.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    expect(response.headers.get('content-type')).toMatch(/javascript/);
    expect(await response.text()).toBe(APP_JS);
  });

  it('keeps sw.js and the manifest revalidated, workbox-<hash>.js immutable, icons short-lived', async () => {
    const sw = await fetch(`${server.baseUrl}/sw.js`);
    expect(sw.headers.get('cache-control')).toBe('no-cache');
    const workbox = await fetch(`${server.baseUrl}/workbox-1a2b3c4d.js`);
    expect(workbox.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    const icon = await fetch(`${server.baseUrl}/icons/icon-192.png`);
    expect(icon.status).toBe(200);
    expect(icon.headers.get('content-type')).toBe('image/png');
    expect(icon.headers.get('cache-control')).toBe('public, max-age=86400');
  });

  it('serves the web manifest as application/manifest+json', async () => {
    const response = await fetch(`${server.baseUrl}/manifest.webmanifest`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^application\/manifest\+json/);
    expect(response.headers.get('cache-control')).toBe('no-cache');
    expect(await response.json()).toMatchObject({ name: 'LIMITS Terrain' });
  });

  it('answers conditional requests with 304', async () => {
    const first = await fetch(`${server.baseUrl}/assets/app-abc123.js`);
    const etag = first.headers.get('etag');
    expect(etag).toBeTruthy();
    // Not fetch(): per the Fetch spec it adds `cache-control: no-cache` to conditional requests.
    const second = await rawGet(`${server.baseUrl}/assets/app-abc123.js`, { 'if-none-match': etag ?? '' });
    expect(second.status).toBe(304);
    expect(second.body.length).toBe(0);
  });

  it('never serves dotfiles from dist', async () => {
    const response = await fetch(`${server.baseUrl}/.env`);
    expect(response.status).toBe(404);
    expect(await response.text()).not.toContain('SECRET');
  });
});

describe('compression', () => {
  it('brotli-compresses JavaScript when the client accepts br', async () => {
    const response = await rawGet(`${server.baseUrl}/assets/app-abc123.js`, { 'accept-encoding': 'br, gzip' });
    expect(response.status).toBe(200);
    expect(response.headers['content-encoding']).toBe('br');
    expect(response.headers.vary).toMatch(/accept-encoding/i);
    expect(response.body.length).toBeLessThan(Buffer.byteLength(APP_JS) / 2);
    expect(zlib.brotliDecompressSync(response.body).toString('utf8')).toBe(APP_JS);
  });

  it('gzips when the client only accepts gzip', async () => {
    const response = await rawGet(`${server.baseUrl}/assets/app-abc123.js`, { 'accept-encoding': 'gzip' });
    expect(response.headers['content-encoding']).toBe('gzip');
    expect(zlib.gunzipSync(response.body).toString('utf8')).toBe(APP_JS);
  });

  it('sends identity when the client asks for no encoding', async () => {
    const response = await rawGet(`${server.baseUrl}/assets/app-abc123.js`, { 'accept-encoding': 'identity' });
    expect(response.headers['content-encoding']).toBeUndefined();
    expect(response.body.toString('utf8')).toBe(APP_JS);
  });

  it('does not re-compress PNG images', async () => {
    const response = await rawGet(`${server.baseUrl}/icons/icon-192.png`, { 'accept-encoding': 'br, gzip' });
    expect(response.status).toBe(200);
    expect(response.headers['content-encoding']).toBeUndefined();
  });
});

describe('prerendered pages (issue #11)', () => {
  it('answers a deep link with its own prerendered page (200, no-cache, varies on what picks the language)', async () => {
    const response = await fetch(`${server.baseUrl}/guide/2-4-2`, { headers: html });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^text\/html/);
    expect(response.headers.get('cache-control')).toBe('no-cache');
    expect(response.headers.get('vary')).toMatch(/Cookie/);
    expect(response.headers.get('vary')).toMatch(/Accept-Language/);
    expect(response.headers.get('content-language')).toBe('fr');
    expect(await response.text()).toBe(pageHtml('fr', 'guide/2-4-2'));
  });

  it.each([
    [{ 'accept-language': 'en-GB,en;q=0.9' }, 'en'],
    [{ 'accept-language': 'de-DE,fr;q=0.5' }, 'fr'],
    [{}, 'fr'],
    [{ 'accept-language': 'fr-FR', cookie: 'lt-lang=en' }, 'en'],
    [{ 'accept-language': 'en-GB', cookie: 'x=1; lt-lang=fr' }, 'fr'],
    [{ 'accept-language': 'en-GB', cookie: 'lt-lang=xx' }, 'en'],
  ] as const)('picks the language from the app’s cookie, then Accept-Language: %j → %s', async (headers, lang) => {
    const response = await fetch(`${server.baseUrl}/guide/2-4-2`, { headers: { ...html, ...headers } });
    expect(await response.text()).toBe(pageHtml(lang, 'guide/2-4-2'));
    expect(response.headers.get('content-language')).toBe(lang);
  });

  it.each(['/guide/1-1', '/contacts/0d6c9f1e-0000-4000-8000-000000000000', '/nowhere', '/Guide/Upper-Case'])(
    'answers %s, which has no page of its own, with the language’s app shell',
    async (pathname) => {
      const response = await fetch(`${server.baseUrl}${pathname}`, { headers: { ...html, 'accept-language': 'en' } });
      expect(response.status).toBe(200);
      expect(await response.text()).toBe(pageHtml('en', '_shell'));
    },
  );

  it('lets the browser revalidate a page cheaply (ETag → 304)', async () => {
    const first = await rawGet(`${server.baseUrl}/guide/1-1`, html);
    expect(first.status).toBe(200);
    const etag = first.headers.etag;
    expect(etag).toBeTruthy();
    const second = await rawGet(`${server.baseUrl}/guide/1-1`, { ...html, 'if-none-match': etag ?? '' });
    expect(second.status).toBe(304);
  });

  it('answers a JSON 404 (not plain text) when the build has no prerendered pages', async () => {
    const broken = await startTestServer();
    try {
      fs.rmSync(path.join(broken.distDir, 'pages'), { recursive: true });
      for (const pathname of ['/guide/2-4-2', '/']) {
        const response = await fetch(`${broken.baseUrl}${pathname}`, { headers: html });
        expect(response.status).toBe(404);
        expect(await response.json()).toMatchObject({ error: 'not_found' });
      }
    } finally {
      await broken.close();
    }
  });

  it('keeps the query string out of the decision', async () => {
    const response = await fetch(`${server.baseUrl}/guide/2-4-2?lang=en&q=a.b`, { headers: html });
    expect(response.status).toBe(200);
    expect(await response.text()).toBe(pageHtml('fr', 'guide/2-4-2'));
  });

  it('does not answer non-HTML requests for app routes', async () => {
    const response = await fetch(`${server.baseUrl}/guide/2-4-2`, { headers: { accept: 'application/json' } });
    expect(response.status).toBe(404);
    expect(await response.json()).toMatchObject({ error: 'not_found' });
  });

  it.each(['/assets/missing.js', '/assets/missing', '/missing.png', '/sw-old.js'])(
    'gives a real 404 for the missing file %s, even to a navigation',
    async (pathname) => {
      const response = await fetch(`${server.baseUrl}${pathname}`, { headers: html });
      expect(response.status).toBe(404);
      expect(response.headers.get('content-type')).toMatch(/^application\/json/);
      expect(response.headers.get('cache-control')).toBe('no-store');
      const body = (await response.json()) as { error: string; message: string };
      expect(body.error).toBe('not_found');
      expect(typeof body.message).toBe('string');
    },
  );

  it('gives /api/* a JSON 404, never the shell', async () => {
    const response = await fetch(`${server.baseUrl}/api/nope`, { headers: html });
    expect(response.status).toBe(404);
    const body = (await response.json()) as Record<string, unknown>;
    expect(body).toEqual({ error: 'not_found', message: expect.stringContaining('/api/nope') });
  });

  it('serves its own robots.txt, not the SPA and not dist/robots.txt', async () => {
    const response = await fetch(`${server.baseUrl}/robots.txt`, { headers: html });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^text\/plain/);
    expect(await response.text()).toBe('User-agent: *\nDisallow: /\n');
  });
});

describe('methods on static paths', () => {
  it.each(['POST', 'PUT', 'DELETE', 'PATCH'])('%s on a file or app route is a JSON 405 with Allow', async (method) => {
    for (const pathname of ['/', '/index.html', '/assets/app-abc123.js', '/guide/2-4-2']) {
      const response = await fetch(`${server.baseUrl}${pathname}`, { method, headers: html });
      expect(response.status, `${method} ${pathname}`).toBe(405);
      expect(response.headers.get('allow')).toBe('GET, HEAD');
      expect(await response.json()).toEqual({ error: 'method_not_allowed', message: expect.any(String) });
    }
  });

  it('HEAD works on static files', async () => {
    const response = await fetch(`${server.baseUrl}/assets/app-abc123.js`, { method: 'HEAD' });
    expect(response.status).toBe(200);
    expect(response.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
  });
});

describe('cacheControlFor', () => {
  it.each([
    ['assets/index-BkW3x9aZ.js', 'public, max-age=31536000, immutable'],
    ['assets/fonts/inter-abc.woff2', 'public, max-age=31536000, immutable'],
    ['workbox-8c29f6e4.js', 'public, max-age=31536000, immutable'],
    ['index.html', 'no-cache'],
    ['sw.js', 'no-cache'],
    ['registerSW.js', 'no-cache'],
    ['manifest.webmanifest', 'no-cache'],
    ['workbox-window.prod.es5.js', 'public, max-age=86400'],
    ['favicon.png', 'public, max-age=86400'],
    ['icons/icon-512.png', 'public, max-age=86400'],
  ])('%s → %s', (file, expected) => {
    expect(cacheControlFor(file)).toBe(expected);
  });
});
