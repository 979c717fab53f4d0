/** The one request helper of the sync, the join and the directory: what comes back for each way a request ends. */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { requestServer } from './server-request';
import type { HttpDeps } from './sync-http';

const NOW = Date.parse('2026-03-01T10:00:00Z');
const URL = 'https://team.example.org/api/v1/sync';

function deps(fetch: HttpDeps['fetch'], online = true): HttpDeps {
  return { fetch, now: () => NOW, timeoutMs: 1_000, online: () => online };
}
const answer = (status: number, body = '', headers: Record<string, string> = {}) =>
  vi.fn<HttpDeps['fetch']>(async () => new Response(status === 204 || status === 304 ? null : body, { status, headers }));
/** Never answers until aborted, like a server that accepted the connection and went quiet. */
const silent = vi.fn<HttpDeps['fetch']>(
  (_input, init) =>
    new Promise((_resolve, reject) =>
      init?.signal?.addEventListener('abort', () => reject(new DOMException('aborted', 'AbortError'))),
    ),
);
/** Sends the headers, then stalls in the body: the timeout covers the whole answer. */
const stallsInBody = vi.fn<HttpDeps['fetch']>(async (_input, init) => {
  const body = new ReadableStream<Uint8Array>({
    start(controller) {
      controller.enqueue(new TextEncoder().encode('{"results":'));
      init?.signal?.addEventListener('abort', () => controller.error(new DOMException('aborted', 'AbortError')));
    },
  });
  return new Response(body, { status: 200 });
});
const throws = (error: unknown) => vi.fn<HttpDeps['fetch']>(async () => Promise.reject(error));

afterEach(() => vi.useRealTimers());

describe('requestServer', () => {
  it.each([
    // what happens, fetch, online, pass, expected
    ['200', answer(200, '{"a":1}'), true, [], { ok: true, reply: { status: 200, text: '{"a":1}' } }],
    ['204', answer(204), true, [], { ok: true, reply: { status: 204, text: '' } }],
    ['304 passed', answer(304), true, [304, 404], { ok: true, reply: { status: 304 } }],
    ['409 passed', answer(409, 'x'), true, [409, 422], { ok: true, reply: { status: 409, text: 'x' } }],
    ['304 not passed', answer(304), true, [], { ok: false, failure: { kind: 'bad-response', status: 304 } }],
    ['401', answer(401), true, [], { ok: false, failure: { kind: 'unauthorized', status: 401, retry: false } }],
    ['403', answer(403), true, [409], { ok: false, failure: { kind: 'forbidden', status: 403 } }],
    ['404', answer(404), true, [], { ok: false, failure: { kind: 'refused', status: 404, retry: false } }],
    ['413', answer(413), true, [], { ok: false, failure: { kind: 'too-large', status: 413 } }],
    [
      '429 Retry-After',
      answer(429, '', { 'retry-after': '30' }),
      true,
      [],
      { ok: false, failure: { kind: 'rate-limited', retry: true, retryAfterMs: 30_000 } },
    ],
    ['500', answer(500), true, [], { ok: false, failure: { kind: 'server', status: 500, retry: true } }],
    [
      'fetch throws, online',
      throws(new TypeError('Failed to fetch')),
      true,
      [],
      { ok: false, failure: { kind: 'network', detail: 'TypeError: Failed to fetch' } },
    ],
    ['fetch throws, offline', throws(new TypeError('Failed to fetch')), false, [], { ok: false, failure: { kind: 'offline' } }],
    ['no answer in time', silent, true, [], { ok: false, failure: { kind: 'timeout', retry: true } }],
    ['body stalls', stallsInBody, true, [], { ok: false, failure: { kind: 'timeout', retry: true } }],
  ] as const)('%s', async (_case, fetch, online, pass, expected) => {
    vi.useFakeTimers();
    const pending = requestServer(deps(fetch, online), URL, { method: 'POST', body: '{}' }, { pass });
    await vi.advanceTimersByTimeAsync(1_001);
    expect(await pending).toMatchObject(expected);
  });

  it('never uses the HTTP cache or cookies, and passes the request through', async () => {
    const fetch = answer(200, '{}');
    await requestServer(deps(fetch), URL, { method: 'PUT', headers: { authorization: 'Bearer t' }, body: 'b' });
    expect(fetch).toHaveBeenCalledWith(URL, expect.objectContaining({ method: 'PUT', body: 'b', cache: 'no-store', credentials: 'omit' }));
    expect(fetch.mock.calls[0]?.[1]?.signal).toBeInstanceOf(AbortSignal);
  });

  it('gives the reply’s headers to the caller (the directory keeps its ETag)', async () => {
    const result = await requestServer(deps(answer(200, '{}', { etag: '"3-abc"' })), URL, { method: 'GET' });
    expect(result.ok && result.reply.headers.get('etag')).toBe('"3-abc"');
  });
});
