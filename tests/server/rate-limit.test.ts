import { afterEach, describe, expect, it } from 'vitest';
import { generateToken } from '../../server/auth/tokens';
import { FixedWindowLimiter } from '../../server/http/rate-limit';
import { api, contact, startSyncServer, sync, type SyncTestServer } from './sync-helpers';

describe('FixedWindowLimiter', () => {
  it('allows `limit` hits per window, then says how long to wait, then resets', () => {
    let now = 1_000_000;
    const limiter = new FixedWindowLimiter(3, 60_000, () => now);
    expect([limiter.hit('a'), limiter.hit('a'), limiter.hit('a')]).toEqual([0, 0, 0]);
    expect(limiter.hit('a')).toBe(60);
    expect(limiter.hit('b')).toBe(0);
    now += 59_500;
    expect(limiter.hit('a')).toBe(1);
    now += 500;
    expect(limiter.hit('a')).toBe(0);
  });

  it('counts failures separately from checking them', () => {
    let now = 0;
    const limiter = new FixedWindowLimiter(2, 1000, () => now);
    expect(limiter.retryAfter('x')).toBe(0);
    limiter.record('x');
    limiter.record('x');
    expect(limiter.retryAfter('x')).toBe(1);
    now = 1000;
    expect(limiter.retryAfter('x')).toBe(0);
  });

  it('forgets expired windows (memory stays bounded)', () => {
    let now = 0;
    const limiter = new FixedWindowLimiter(1, 10, () => now);
    for (let i = 0; i < 5000; i++) {
      limiter.hit(`key-${i}`);
      now += 1;
    }
    expect((limiter as unknown as { windows: Map<string, unknown> }).windows.size).toBeLessThan(1100);
  });
});

describe('rate limiting over HTTP', () => {
  let server: SyncTestServer | undefined;
  afterEach(async () => {
    await server?.close();
    server = undefined;
  });

  function expect429(response: { status: number; headers: Headers; json: unknown }) {
    expect(response.status).toBe(429);
    expect(Number(response.headers.get('retry-after'))).toBeGreaterThan(0);
    expect(response.json).toEqual({ error: 'too_many_requests', message: expect.any(String) });
  }

  it('[S51] per IP: the API without a valid token, once over the limit → 429 with Retry-After; static files are not counted', async () => {
    server = await startSyncServer({ rateLimit: { requestsPerMinute: 5 } });
    for (let i = 0; i < 5; i++) expect((await api(server, '/api/v1/health')).status).toBe(200);
    expect429(await api(server, '/api/v1/health'));
    expect429(await api(server, '/api/v1/me'));
    expect429(await api(server, '/api/v1/me', { token: generateToken() }));
    // A valid token counts against its own limit only: a team behind one address is not limited by its size.
    expect((await sync(server, server.a.worker, [contact()])).status).toBe(200);
    // Read the body: an unread response keeps its connection busy, and closing the server would wait for it.
    const asset = await fetch(`${server.baseUrl}/assets/app-abc123.js`);
    await asset.arrayBuffer();
    expect(asset.status).toBe(200);
  });

  it('[S51] per token: the limit follows the token across addresses', async () => {
    server = await startSyncServer({ rateLimit: { requestsPerMinute: 3 }, trustProxy: 1 });
    const from = (ip: string, token: string) =>
      api(server!, '/api/v1/me', { token, headers: { 'x-forwarded-for': ip } });
    for (let i = 0; i < 3; i++) expect((await from(`10.0.0.${i}`, server.a.worker)).status).toBe(200);
    expect429(await from('10.0.0.9', server.a.worker));
    expect((await from('10.0.0.9', server.b.worker)).status).toBe(200);
  });

  it('[S51] failed authentication: 10 failures from an IP block its wrong tokens for 15 minutes, never a valid one', async () => {
    server = await startSyncServer({
      rateLimit: { authFailures: 10, authFailureWindowMs: 15 * 60_000 },
      trustProxy: 1,
    });
    const from = (ip: string, token: string) =>
      api(server!, '/api/v1/me', { token, headers: { 'x-forwarded-for': ip } });
    for (let i = 0; i < 10; i++) expect((await from('192.0.2.1', generateToken())).status).toBe(401);
    const blocked = await from('192.0.2.1', generateToken());
    expect429(blocked);
    expect(Number(blocked.headers.get('retry-after'))).toBeGreaterThan(14 * 60);
    // Issue #13: the coordinator behind the same address is never locked out by others' failures.
    expect((await from('192.0.2.1', server.a.coordinator)).status).toBe(200);
    expect((await from('192.0.2.2', server.a.worker)).status).toBe(200);
  });

  it('[S51] failed authentication: the same wrong token is blocked whatever the address', async () => {
    server = await startSyncServer({ rateLimit: { authFailures: 3 }, trustProxy: 1 });
    const guess = generateToken();
    for (let i = 0; i < 3; i++) {
      const response = await api(server, '/api/v1/me', {
        token: guess,
        headers: { 'x-forwarded-for': `198.51.100.${i}` },
      });
      expect(response.status).toBe(401);
    }
    expect429(await api(server, '/api/v1/me', { token: guess, headers: { 'x-forwarded-for': '198.51.100.50' } }));
    expect(
      (await api(server, '/api/v1/me', { token: server.a.worker, headers: { 'x-forwarded-for': '198.51.100.51' } }))
        .status,
    ).toBe(200);
  });

  it('[S51] TRUST_PROXY as proxy addresses: a client that is not the proxy cannot escape limits with X-Forwarded-For', async () => {
    server = await startSyncServer({ rateLimit: { requestsPerMinute: 3 }, trustProxy: ['10.0.0.1'] });
    for (let i = 0; i < 3; i++) {
      expect((await api(server, '/api/v1/health', { headers: { 'x-forwarded-for': `203.0.113.${i}` } })).status).toBe(
        200,
      );
    }
    expect429(await api(server, '/api/v1/health', { headers: { 'x-forwarded-for': '203.0.113.99' } }));
  });

  it('[S51] a missing token is not counted as a failed guess', async () => {
    server = await startSyncServer({ rateLimit: { authFailures: 2 } });
    for (let i = 0; i < 5; i++) expect((await api(server, '/api/v1/me')).status).toBe(401);
    expect((await api(server, '/api/v1/me', { token: server.a.worker })).status).toBe(200);
  });
});
