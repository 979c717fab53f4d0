import { describe, expect, it } from 'vitest';
import { classifyFetchError, classifyResponse, FAILURE_KINDS, failure } from './classify-failure';
import en from '../../../locales/en/sync.json';
import fr from '../../../locales/fr/sync.json';

const now = Date.parse('2026-03-01T10:00:00Z');
const headers = (values: Record<string, string> = {}) => new Headers(values);
const errorBody = (error: string, message: string) => JSON.stringify({ error, message });

describe('classifyResponse ([S42], [S45], [S46], [S50])', () => {
  it.each([
    // status, headers, body, kind, retried, retryAfterMs
    [401, {}, errorBody('unauthorized', 'This token has been revoked'), 'unauthorized', false, undefined],
    [403, {}, errorBody('forbidden', 'This endpoint needs a coordinator token'), 'forbidden', false, undefined],
    [413, {}, errorBody('payload_too_large', 'Body too large'), 'too-large', false, undefined],
    [429, { 'retry-after': '42' }, errorBody('too_many_requests', 'slow down'), 'rate-limited', true, 42_000],
    [429, {}, '', 'rate-limited', true, undefined],
    [500, {}, errorBody('internal_server_error', 'Internal server error'), 'server', true, undefined],
    [502, {}, '<html>Bad gateway</html>', 'server', true, undefined],
    [503, { 'retry-after': '120' }, '', 'server', true, 120_000],
    [504, {}, '', 'server', true, undefined],
    [400, {}, errorBody('invalid_request', 'contacts: Too small'), 'refused', false, undefined],
    [404, {}, errorBody('not_found', 'No such endpoint'), 'refused', false, undefined],
    [415, {}, errorBody('unsupported_media_type', 'Use application/json'), 'refused', false, undefined],
    [302, {}, '', 'bad-response', true, undefined],
  ] as const)('%i → %s', (status, headerValues, body, kind, retry, retryAfterMs) => {
    const result = classifyResponse(status, headers(headerValues), body, now);
    expect(result).toMatchObject({ kind, retry, status });
    expect(result.retryAfterMs).toBe(retryAfterMs);
  });

  it('a quota (429 quota_exceeded, 507) is said as such and retried later: nothing leaves the device', () => {
    const quota = classifyResponse(429, headers({ 'retry-after': '600' }), errorBody('quota_exceeded', 'x'), now);
    expect(quota).toMatchObject({ kind: 'rate-limited', key: 'errors.quota', retry: true, retryAfterMs: 600_000 });
    const full = classifyResponse(507, headers(), errorBody('storage_quota_exceeded', 'full'), now);
    expect(full).toMatchObject({ kind: 'server', key: 'errors.storageFull', retry: true });
    expect(en.errors.quota).toMatch(/Nothing is lost/);
    expect(fr.errors.storageFull).toMatch(/Rien n’est perdu/);
  });

  it("quotes the server's error code and message, or only the status when the body is not ours", () => {
    expect(classifyResponse(401, headers(), errorBody('unauthorized', 'Invalid bearer token'), now).detail).toBe(
      'HTTP 401 unauthorized: Invalid bearer token',
    );
    expect(classifyResponse(502, headers(), '<html>Bad gateway</html>', now).detail).toBe('HTTP 502');
    expect(classifyResponse(500, headers(), '{"oops":1}', now).detail).toBe('HTTP 500');
  });
});

describe('classifyFetchError', () => {
  it.each([
    [{ timedOut: true, online: true }, 'timeout', true],
    [{ timedOut: true, online: false }, 'timeout', true],
    [{ timedOut: false, online: false }, 'offline', false],
    [{ timedOut: false, online: true }, 'network', true],
  ] as const)('%o → %s', (context, kind, retry) => {
    const result = classifyFetchError(new TypeError('Failed to fetch'), context);
    expect(result).toMatchObject({ kind, retry, detail: 'TypeError: Failed to fetch' });
  });
});

describe('every kind has words in both languages', () => {
  it.each(FAILURE_KINDS)('%s', (kind) => {
    const key = failure(kind).key.replace('errors.', '');
    expect((en.errors as Record<string, string>)[key]).toBeTruthy();
    expect((fr.errors as Record<string, string>)[key]).toBeTruthy();
  });
});
