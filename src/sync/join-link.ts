/**
 * Reading what a coordinator hands over ([S9], [S46]): a join link `https://host/join#token=lt_…` (optionally
 * `&server=https://other-host`), its fragment alone, or the bare token ("code"). The server defaults to the
 * link's own origin, else to the app's origin.
 */

export type JoinInput =
  | { ok: true; token: string; serverUrl: string }
  | { ok: false; key: 'join.invalid.empty' | 'join.invalid.token' | 'join.invalid.server' };

const TOKEN = /^lt_[A-Za-z0-9_-]{20,200}$/;
const LOOPBACK = new Set(['localhost', '127.0.0.1', '[::1]']);

/** A server URL reduced to its origin; https, or http on loopback or on the app's own origin ([S1]). */
export function normalizeServerUrl(raw: string, appOrigin: string): string | undefined {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return undefined;
  }
  if (url.username || url.password) return undefined;
  if (url.protocol === 'https:') return url.origin;
  if (url.protocol === 'http:' && (LOOPBACK.has(url.hostname) || url.origin === appOrigin)) return url.origin;
  return undefined;
}

export function parseJoinInput(text: string, appOrigin: string): JoinInput {
  // Links pasted from a chat or an e-mail often carry line breaks or spaces.
  const input = text.replace(/\s+/g, '');
  if (input === '') return { ok: false, key: 'join.invalid.empty' };

  let params: URLSearchParams | undefined;
  let linkOrigin: string | undefined;
  const hash = input.indexOf('#');
  if (hash >= 0) {
    params = new URLSearchParams(input.slice(hash + 1));
    const before = input.slice(0, hash);
    if (before !== '') linkOrigin = normalizeServerUrl(before, appOrigin);
    if (before !== '' && linkOrigin === undefined) return { ok: false, key: 'join.invalid.server' };
  } else if (input.startsWith('token=')) {
    params = new URLSearchParams(input);
  }

  const token = params ? params.get('token') : input;
  if (!token || !TOKEN.test(token)) return { ok: false, key: 'join.invalid.token' };

  const explicit = params?.get('server');
  let serverUrl = linkOrigin ?? appOrigin;
  if (explicit) {
    const normalized = normalizeServerUrl(explicit, appOrigin);
    if (!normalized) return { ok: false, key: 'join.invalid.server' };
    serverUrl = normalized;
  }
  return { ok: true, token, serverUrl };
}
