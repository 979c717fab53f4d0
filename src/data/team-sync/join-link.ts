/**
 * Reading what a coordinator hands over ([S9], [S46], [S94]): a join link `https://host/join#invite=li_…`
 * (optionally `&server=https://other-host`), its fragment alone, the bare invite code, or a long-lived token
 * pasted as a code (`lt_…`). A long-lived token is accepted only when pasted: a link that carries one would
 * already sit in the browser's history files, so the /join page refuses it. The server defaults to the link's
 * own origin, else to the app's origin.
 */
import { INVITE_PATTERN } from '../../shared/protocol/protocol';

/** What joins: an invite, exchanged by POST for the device's token ([S94]), or a token pasted as is. */
export type JoinCode = { kind: 'invite'; invite: string } | { kind: 'token'; token: string };

export type JoinInput =
  | { ok: true; code: JoinCode; serverUrl: string }
  | {
      ok: false;
      key: 'join.invalid.empty' | 'join.invalid.token' | 'join.invalid.server' | 'join.invalid.tokenInLink';
    };

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

function readCode(value: string | null): JoinCode | undefined {
  if (!value) return undefined;
  if (INVITE_PATTERN.test(value)) return { kind: 'invite', invite: value };
  if (TOKEN.test(value)) return { kind: 'token', token: value };
  return undefined;
}

/**
 * `fromAddressBar`: the text is the URL the app was opened with; a long-lived token there is refused
 * (`join.invalid.tokenInLink`) rather than stored, so that old `#token=` links stop being handed around.
 */
export function parseJoinInput(text: string, appOrigin: string, fromAddressBar = false): JoinInput {
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
  } else if (/^(invite|token)=/.test(input)) {
    params = new URLSearchParams(input);
  }

  const code = params ? (readCode(params.get('invite')) ?? readCode(params.get('token'))) : readCode(input);
  if (!code) return { ok: false, key: 'join.invalid.token' };
  if (fromAddressBar && code.kind === 'token') return { ok: false, key: 'join.invalid.tokenInLink' };

  const explicit = params?.get('server');
  let serverUrl = linkOrigin ?? appOrigin;
  if (explicit) {
    const normalized = normalizeServerUrl(explicit, appOrigin);
    if (!normalized) return { ok: false, key: 'join.invalid.server' };
    serverUrl = normalized;
  }
  return { ok: true, code, serverUrl };
}
