/**
 * The requests of the sync and of joining ([S6], [S10], [S32], [S94]), sent through server-request.ts (timeout,
 * failures classified). The reply is validated before anything is trusted.
 */
import { failure, type SyncFailure } from './classify-failure';
import { requestServer } from './server-request';
import {
  INVITE_CHECK_PATH,
  InviteInfoSchema,
  JOIN_PATH,
  JoinResponseSchema,
  ME_PATH,
  MeResponseSchema,
  SYNC_PATH,
  SyncResponseSchema,
  type Contact,
  type InviteInfo,
  type JoinResponse,
  type MeResponse,
  type SyncResult,
} from '../../shared/protocol/protocol';

export const REQUEST_TIMEOUT_MS = 20_000;

export interface HttpDeps {
  fetch: typeof fetch;
  now: () => number;
  timeoutMs: number;
  online: () => boolean;
}

export const browserHttpDeps = (): HttpDeps => ({
  fetch: (input, init) => globalThis.fetch(input, init),
  now: () => Date.now(),
  timeoutMs: REQUEST_TIMEOUT_MS,
  online: () => globalThis.navigator?.onLine ?? true,
});

export type Answer<T> = { ok: true; value: T } | { ok: false; failure: SyncFailure };

/** One request whose 2xx answer is JSON. */
async function exchange(deps: HttpDeps, url: string, init: RequestInit): Promise<Answer<unknown>> {
  const answer = await requestServer(deps, url, init);
  if (!answer.ok) return answer;
  try {
    return { ok: true, value: JSON.parse(answer.reply.text) as unknown };
  } catch {
    return { ok: false, failure: failure('bad-response', { status: answer.reply.status, detail: 'reply is not JSON' }) };
  }
}

const endpoint = (serverUrl: string, path: string) => `${serverUrl.replace(/\/+$/, '')}${path}`;
const authorization = (token: string) => ({ authorization: `Bearer ${token}` });

/**
 * POST /api/v1/sync. Answers the per-contact results only when they are exactly one per sent contact, in
 * order ([S12]): anything else cannot be matched to the outbox, so nothing may be marked from it ([S40]).
 */
export async function postSyncBatch(
  deps: HttpDeps,
  serverUrl: string,
  token: string,
  contacts: Contact[],
): Promise<Answer<SyncResult[]>> {
  const answer = await exchange(deps, endpoint(serverUrl, SYNC_PATH), {
    method: 'POST',
    headers: { ...authorization(token), 'content-type': 'application/json' },
    body: JSON.stringify({ contacts }),
  });
  if (!answer.ok) return answer;
  const parsed = SyncResponseSchema.safeParse(answer.value);
  if (!parsed.success) return { ok: false, failure: failure('bad-response', { detail: 'reply does not match [S12]' }) };
  const { results } = parsed.data;
  const matches = results.length === contacts.length && results.every((result, i) => result.id === contacts[i]?.id);
  if (!matches) return { ok: false, failure: failure('bad-response', { detail: 'results do not match the batch' }) };
  return { ok: true, value: results };
}

/** GET /api/v1/me: which team and role a token speaks for ([S32]). */
export async function fetchMe(deps: HttpDeps, serverUrl: string, token: string): Promise<Answer<MeResponse>> {
  const answer = await exchange(deps, endpoint(serverUrl, ME_PATH), {
    method: 'GET',
    headers: authorization(token),
  });
  if (!answer.ok) return answer;
  const parsed = MeResponseSchema.safeParse(answer.value);
  return parsed.success
    ? { ok: true, value: parsed.data }
    : { ok: false, failure: failure('bad-response', { detail: 'reply does not match [S32]' }) };
}

/** [S94] POSTs an invite (never in a URL); a 401 means unknown, expired or used, said in those words. */
async function postInvite(deps: HttpDeps, serverUrl: string, path: string, invite: string) {
  const answer = await exchange(deps, endpoint(serverUrl, path), {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ invite }),
  });
  if (!answer.ok && answer.failure.status === 401) {
    return { ok: false, failure: { ...answer.failure, key: 'errors.invalidInvite' } } satisfies Answer<never>;
  }
  return answer;
}

/** POST /api/v1/invites/check: which team, role and label an invite joins, without using it. */
export async function checkInvite(deps: HttpDeps, serverUrl: string, invite: string): Promise<Answer<InviteInfo>> {
  const answer = await postInvite(deps, serverUrl, INVITE_CHECK_PATH, invite);
  if (!answer.ok) return answer;
  const parsed = InviteInfoSchema.safeParse(answer.value);
  return parsed.success
    ? { ok: true, value: parsed.data }
    : { ok: false, failure: failure('bad-response', { detail: 'reply does not match [S94]' }) };
}

/** POST /api/v1/join: the invite, used up, for this device's own long-lived token. */
export async function redeemInvite(deps: HttpDeps, serverUrl: string, invite: string): Promise<Answer<JoinResponse>> {
  const answer = await postInvite(deps, serverUrl, JOIN_PATH, invite);
  if (!answer.ok) return answer;
  const parsed = JoinResponseSchema.safeParse(answer.value);
  return parsed.success
    ? { ok: true, value: parsed.data }
    : { ok: false, failure: failure('bad-response', { detail: 'reply does not match [S94]' }) };
}
