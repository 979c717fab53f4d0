/**
 * The one way the device talks to its team's server (the sync, joining, the directory's poll and publication):
 * a request with a timeout that covers reading the whole answer, never answered from the HTTP cache (ETags and
 * the outbox do the caching) and without cookies, and every failure classified (classify-failure.ts) so the user
 * sees what to do. What the answer means is the caller's: this only says whether one came back.
 */
import { classifyFetchError, classifyResponse, type SyncFailure } from './classify-failure';
import type { HttpDeps } from './sync-http';

/** A whole answer: read before the timeout, so a server that stalls mid-body is a timeout too. */
export interface ServerReply {
  status: number;
  headers: Headers;
  text: string;
}

export type ServerExchange = { ok: true; reply: ServerReply } | { ok: false; failure: SyncFailure };

/**
 * Sends `init` to `url`. A 2xx comes back as the reply, and so does a status listed in `pass` (a 304 of the
 * directory's poll, a 409 of its publication: answers the caller handles itself); any other status, a network
 * error, being offline or the timeout come back as a classified failure.
 */
export async function requestServer(
  deps: HttpDeps,
  url: string,
  init: Omit<RequestInit, 'signal' | 'cache' | 'credentials'>,
  options: { pass?: readonly number[] } = {},
): Promise<ServerExchange> {
  const controller = new AbortController();
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    controller.abort();
  }, deps.timeoutMs);
  try {
    const response = await deps.fetch(url, { ...init, signal: controller.signal, cache: 'no-store', credentials: 'omit' });
    const text = await response.text();
    if (!response.ok && !options.pass?.includes(response.status)) {
      return { ok: false, failure: classifyResponse(response.status, response.headers, text, deps.now()) };
    }
    return { ok: true, reply: { status: response.status, headers: response.headers, text } };
  } catch (error) {
    return { ok: false, failure: classifyFetchError(error, { timedOut, online: deps.online() }) };
  } finally {
    clearTimeout(timer);
  }
}
