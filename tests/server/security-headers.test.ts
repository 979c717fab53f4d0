import { createHash } from 'node:crypto';
import net from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PREFERENCES_SCRIPT } from '../../src/shared/preferences-script';
import { startTestServer, type TestServer } from './helpers';

/** The one inline script every page carries (theme and text size before the first paint), allowed by hash. */
const SCRIPT_HASH = `'sha256-${createHash('sha256').update(PREFERENCES_SCRIPT).digest('base64')}'`;

const EXPECTED: Record<string, string> = {
  'content-security-policy':
    `default-src 'self'; script-src 'self' ${SCRIPT_HASH}; style-src 'self'; img-src 'self' data:; font-src 'self'; ` +
    "connect-src 'self'; manifest-src 'self'; worker-src 'self'; object-src 'none'; base-uri 'none'; " +
    "frame-ancestors 'none'; form-action 'self'",
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'no-referrer',
  'permissions-policy':
    'accelerometer=(), autoplay=(), browsing-topics=(), camera=(), clipboard-read=(), display-capture=(), ' +
    'encrypted-media=(), geolocation=(), gyroscope=(), hid=(), idle-detection=(), local-fonts=(), ' +
    'magnetometer=(), microphone=(), midi=(), payment=(), serial=(), usb=(), window-management=(), ' +
    'xr-spatial-tracking=()',
  'cross-origin-resource-policy': 'same-origin',
  'x-frame-options': 'DENY',
};

/** Left to the operator's proxy (docs/SERVER.md, "Security headers"): it costs every cold start a new process. */
const NOT_SENT = ['cross-origin-opener-policy'];

function expectSecurityHeaders(headers: Headers, label: string): void {
  for (const [name, value] of Object.entries(EXPECTED)) {
    expect(headers.get(name), `${label}: ${name}`).toBe(value);
  }
  for (const name of NOT_SENT) expect(headers.get(name), `${label}: ${name}`).toBeNull();
}

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer({
    beforeListen(app) {
      app.get('/api/test/boom', async () => {
        throw new Error('secret internal detail');
      });
    },
  });
});
afterAll(async () => {
  await server.close();
});

describe('security headers', () => {
  const cases: Array<[string, string, RequestInit, number]> = [
    ['shell', '/', { headers: { accept: 'text/html' } }, 200],
    ['SPA fallback', '/guide/2-4-2', { headers: { accept: 'text/html' } }, 200],
    ['hashed asset', '/assets/app-abc123.js', {}, 200],
    ['manifest', '/manifest.webmanifest', {}, 200],
    ['health', '/api/v1/health', {}, 200],
    ['robots', '/robots.txt', {}, 200],
    ['missing asset', '/assets/missing.js', {}, 404],
    ['unknown api', '/api/nope', {}, 404],
    ['static 405', '/index.html', { method: 'POST' }, 405],
    ['api 405', '/api/v1/health', { method: 'DELETE' }, 405],
    [
      'bad JSON body',
      '/api/v1/health',
      { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{' },
      400,
    ],
    ['malformed URL', '/%E0%A4%A', {}, 400],
    ['handler crash', '/api/test/boom', {}, 500],
  ];

  it.each(cases)('are on the %s response', async (label, pathname, init, status) => {
    const response = await fetch(`${server.baseUrl}${pathname}`, init);
    expect(response.status).toBe(status);
    expectSecurityHeaders(response.headers, label);
    expect(response.headers.get('strict-transport-security')).toBeNull();
  });

  it('CSP allows no inline or eval script but the preferences script, by its hash', async () => {
    const response = await fetch(`${server.baseUrl}/`);
    const csp = response.headers.get('content-security-policy') ?? '';
    const scriptSrc = csp
      .split(';')
      .map((d) => d.trim())
      .find((d) => d.startsWith('script-src'));
    expect(scriptSrc).toBe(`script-src 'self' ${SCRIPT_HASH}`);
    expect(csp).not.toContain('unsafe-inline');
    expect(csp).not.toContain('unsafe-eval');
  });

  it('ignores X-Forwarded-Proto from an untrusted client: no HSTS on plain http', async () => {
    const response = await fetch(`${server.baseUrl}/`, { headers: { 'x-forwarded-proto': 'https' } });
    expect(response.headers.get('strict-transport-security')).toBeNull();
  });

  it('answers requests Node cannot even parse with JSON and the headers', async () => {
    const raw = await new Promise<string>((resolve, reject) => {
      const socket = net.connect(server.port, '127.0.0.1', () => {
        socket.write('GET / HTTP/1.1\r\nHost: x\r\nBad Header Line\r\n\r\n');
      });
      let data = '';
      socket.on('data', (chunk) => (data += chunk.toString('utf8')));
      socket.on('close', () => resolve(data));
      socket.on('error', reject);
    });
    expect(raw).toMatch(/^HTTP\/1\.1 400 /);
    expect(raw.toLowerCase()).toContain('x-frame-options: deny');
    expect(raw.toLowerCase()).toContain("content-security-policy: default-src 'self'");
    expect(raw).toContain('{"error":"bad_request","message":"Malformed HTTP request"}');
  });
});

describe('HSTS behind a trusted TLS proxy', () => {
  let proxied: TestServer;
  beforeAll(async () => {
    proxied = await startTestServer({ trustProxy: ['127.0.0.1'] });
  });
  afterAll(async () => {
    await proxied.close();
  });

  it('is sent when the trusted proxy says the request came over https', async () => {
    for (const pathname of ['/', '/nope.png']) {
      const response = await fetch(`${proxied.baseUrl}${pathname}`, { headers: { 'x-forwarded-proto': 'https' } });
      expect(response.headers.get('strict-transport-security')).toBe('max-age=31536000; includeSubDomains');
    }
  });

  it('is not sent for plain http through the same proxy', async () => {
    const response = await fetch(`${proxied.baseUrl}/`, { headers: { 'x-forwarded-proto': 'http' } });
    expect(response.headers.get('strict-transport-security')).toBeNull();
  });

  it('accepts a hop count as trustProxy', async () => {
    const hops = await startTestServer({ trustProxy: 1 });
    try {
      const response = await fetch(`${hops.baseUrl}/`, { headers: { 'x-forwarded-proto': 'https' } });
      expect(response.headers.get('strict-transport-security')).not.toBeNull();
    } finally {
      await hops.close();
    }
  });
});
