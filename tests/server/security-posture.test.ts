/**
 * Issue #6 server posture, over real HTTP: the security headers on the authenticated API's answers too
 * (success, 401, 403, 429), HSTS only over TLS, constant-time token checks, and failed-auth limits for the
 * credentials the rate-limit tests do not cover (non-bearer headers, malformed and revoked tokens).
 */
import * as nodeCrypto from 'node:crypto';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { hashToken, sameHash } from '../../server/auth/tokens';
import {
  PREFERENCES_SCRIPT_HASH,
  SECURITY_HEADERS,
  STRICT_TRANSPORT_SECURITY,
} from '../../server/http/security-headers';
import { api, contact, startSyncServer, sync, type ApiResponse, type SyncTestServer } from './sync-helpers';

// Spy on the real timingSafeEqual (same behaviour) to see that authentication goes through it.
vi.mock('node:crypto', async (importOriginal) => {
  const actual = await importOriginal<typeof nodeCrypto>();
  return { ...actual, timingSafeEqual: vi.fn(actual.timingSafeEqual) };
});

let server: SyncTestServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

function expectHeaders(response: Pick<ApiResponse, 'headers'>, label: string): void {
  for (const [name, value] of Object.entries(SECURITY_HEADERS)) {
    expect(response.headers.get(name), `${label}: ${name}`).toBe(value);
  }
}

describe('CSP and companions (issue #6 requirements)', () => {
  const directives = new Map(
    SECURITY_HEADERS['content-security-policy']!.split(';').map((d) => {
      const [name = '', ...values] = d.trim().split(/\s+/);
      return [name, values] as const;
    }),
  );

  it('scripts only from self (and the one preferences script, by hash), no unsafe-inline / unsafe-eval anywhere; no plugins, no <base>, no framing', () => {
    expect(directives.get('script-src')).toEqual(["'self'", PREFERENCES_SCRIPT_HASH]);
    expect(PREFERENCES_SCRIPT_HASH).toMatch(/^'sha256-[A-Za-z0-9+/]{43}='$/);
    expect(directives.get('default-src')).toEqual(["'self'"]);
    expect(SECURITY_HEADERS['content-security-policy']).not.toMatch(/unsafe-(inline|eval|hashes)|wasm-unsafe|\*/);
    expect(directives.get('object-src')).toEqual(["'none'"]);
    expect(directives.get('base-uri')).toEqual(["'none'"]);
    expect(directives.get('frame-ancestors')).toEqual(["'none'"]);
  });

  it('Referrer-Policy sends nothing; Permissions-Policy denies the unused powerful features but not WebAuthn', () => {
    expect(SECURITY_HEADERS['referrer-policy']).toBe('no-referrer');
    const policy = SECURITY_HEADERS['permissions-policy']!;
    for (const feature of ['camera', 'microphone', 'geolocation', 'usb', 'clipboard-read', 'display-capture']) {
      expect(policy).toContain(`${feature}=()`);
    }
    expect(policy).not.toContain('publickey-credentials');
  });
});

describe('headers on the authenticated API', () => {
  it('are on 200, 401 (missing and wrong token), 403, sync and CSV export answers', async () => {
    server = await startSyncServer();
    const cases: Array<[string, ApiResponse, number]> = [
      ['me', await api(server, '/api/v1/me', { token: server.a.worker }), 200],
      ['no token', await api(server, '/api/v1/me'), 401],
      ['wrong token', await api(server, '/api/v1/me', { token: 'lt_' + 'A'.repeat(43) }), 401],
      ['worker on export', await api(server, '/api/v1/export.csv', { token: server.a.worker }), 403],
      ['sync', await sync(server, server.a.worker, [contact()]), 200],
      ['export', await api(server, '/api/v1/export.csv', { token: server.a.coordinator }), 200],
    ];
    for (const [label, response, status] of cases) {
      expect(response.status, label).toBe(status);
      expectHeaders(response, label);
      expect(response.headers.get('strict-transport-security'), label).toBeNull();
    }
  });

  it('are on the 429 of a blocked address, with HSTS when a trusted proxy says https', async () => {
    server = await startSyncServer({ rateLimit: { authFailures: 2 }, trustProxy: ['127.0.0.1'] });
    const headers = { 'x-forwarded-proto': 'https', 'x-forwarded-for': '203.0.113.7' };
    const failures = [
      await api(server, '/api/v1/me', { token: 'lt_' + 'B'.repeat(43), headers }),
      await api(server, '/api/v1/me', { token: 'lt_' + 'C'.repeat(43), headers }),
    ];
    const blocked = await api(server, '/api/v1/me', { token: 'lt_' + 'D'.repeat(43), headers });
    for (const [label, response] of [...failures.map((r) => ['401', r] as const), ['429', blocked] as const]) {
      expectHeaders(response, label);
      expect(response.headers.get('strict-transport-security'), label).toBe(STRICT_TRANSPORT_SECURITY);
    }
    expect(failures.map((r) => r.status)).toEqual([401, 401]);
    expect(blocked.status).toBe(429);
  });
});

describe('constant-time token check', () => {
  it('sameHash: equal only for identical hashes; different lengths are refused without comparing', () => {
    const a = hashToken('lt_' + 'a'.repeat(43));
    expect(sameHash(a, Buffer.from(a))).toBe(true);
    const flipped = Buffer.from(a);
    flipped[31]! ^= 1;
    expect(sameHash(a, flipped)).toBe(false);
    expect(sameHash(a, a.subarray(0, 16))).toBe(false);
  });

  it('authenticating a request compares 32-byte SHA-256 hashes with timingSafeEqual, never the token text', async () => {
    server = await startSyncServer();
    const spy = vi.mocked(nodeCrypto.timingSafeEqual);
    spy.mockClear();
    expect((await api(server, '/api/v1/me', { token: server.a.worker })).status).toBe(200);
    expect(spy).toHaveBeenCalled();
    const [left, right] = spy.mock.calls.at(-1) as [Buffer, Buffer];
    expect(left.length).toBe(32);
    expect(Buffer.from(left).equals(hashToken(server.a.worker))).toBe(true);
    expect(Buffer.from(right).equals(hashToken(server.a.worker))).toBe(true);
  });
});

describe('failed authentication limits, other credential shapes', () => {
  it('non-bearer and malformed Authorization headers count against the address', async () => {
    server = await startSyncServer({ rateLimit: { authFailures: 3 }, trustProxy: 1 });
    const from = (authorization: string) =>
      api(server!, '/api/v1/me', { headers: { authorization, 'x-forwarded-for': '192.0.2.50' } });
    expect((await from('Basic dXNlcjpwYXNz')).status).toBe(401);
    expect((await from('Bearer not-a-token')).status).toBe(401);
    expect((await from('Bearer lt_short')).status).toBe(401);
    const blocked = await api(server, '/api/v1/me', {
      token: 'lt_' + 'E'.repeat(43),
      headers: { 'x-forwarded-for': '192.0.2.50' },
    });
    expect(blocked.status).toBe(429);
    // A valid token from the same address is not locked out by others' failures (issue #13).
    expect(
      (await api(server, '/api/v1/me', { token: server.a.worker, headers: { 'x-forwarded-for': '192.0.2.50' } }))
        .status,
    ).toBe(200);
    expect(
      (await api(server, '/api/v1/me', { token: server.a.worker, headers: { 'x-forwarded-for': '192.0.2.51' } }))
        .status,
    ).toBe(200);
  });

  it('a revoked token keeps failing and is blocked after the limit, from any address', async () => {
    server = await startSyncServer({ rateLimit: { authFailures: 2 }, trustProxy: 1 });
    const { token, id } = await server.teams.addToken('Team A', 'worker', 'Lost phone');
    await server.teams.revokeToken(id);
    const from = (ip: string) => api(server!, '/api/v1/me', { token, headers: { 'x-forwarded-for': ip } });
    expect((await from('198.51.100.1')).status).toBe(401);
    expect((await from('198.51.100.2')).status).toBe(401);
    expect((await from('198.51.100.3')).status).toBe(429);
  });
});
