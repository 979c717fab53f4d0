/**
 * Turns what went wrong during a sync into one of a few kinds the user can act on ([S42], [S45], [S46]), each
 * with a translation key of the `sync` namespace (locales/<lang>/sync.json, `errors.*`) and whether the
 * outbox should be retried automatically.
 */
import { parseRetryAfter } from './next-retry-delay';
import { ERROR_CODES, ErrorBodySchema } from '../../shared/protocol/protocol';

export const FAILURE_KINDS = [
  'offline',
  'network',
  'timeout',
  'server',
  'rate-limited',
  'unauthorized',
  'forbidden',
  'too-large',
  'refused',
  'bad-response',
  'storage',
] as const;
export type FailureKind = (typeof FAILURE_KINDS)[number];

export interface SyncFailure {
  kind: FailureKind;
  /** Translation key in the `sync` namespace. */
  key: `errors.${string}`;
  /** Plain technical words for support (HTTP status, the server's message); never contact content. */
  detail?: string;
  /** Retry automatically with backoff ([S42]). */
  retry: boolean;
  /** Server-imposed minimum wait (Retry-After). */
  retryAfterMs?: number;
  status?: number;
}

const KEYS: Record<FailureKind, SyncFailure['key']> = {
  offline: 'errors.offline',
  network: 'errors.network',
  timeout: 'errors.timeout',
  server: 'errors.server',
  'rate-limited': 'errors.rateLimited',
  unauthorized: 'errors.unauthorized',
  forbidden: 'errors.forbidden',
  'too-large': 'errors.tooLarge',
  refused: 'errors.refused',
  'bad-response': 'errors.badResponse',
  storage: 'errors.storage',
};

/** Kinds retried with backoff: the outbox is fine, the way to the server is not (yet). */
const RETRIED: ReadonlySet<FailureKind> = new Set(['network', 'timeout', 'server', 'rate-limited', 'bad-response']);

/** Only a new join link (or the coordinator) fixes these: never retried automatically ([S46]). */
export const TOKEN_PROBLEMS: ReadonlySet<FailureKind> = new Set(['unauthorized', 'forbidden']);
/** The same request would fail the same way ([S42], [S45]): retried only once the outbox changes. */
export const REQUEST_PROBLEMS: ReadonlySet<FailureKind> = new Set(['refused', 'too-large']);

export function failure(kind: FailureKind, extra: Partial<Omit<SyncFailure, 'kind' | 'key' | 'retry'>> = {}) {
  return { kind, key: KEYS[kind], retry: RETRIED.has(kind), ...extra } satisfies SyncFailure;
}

/** The server's `error` code, when the answer is its JSON error ([S50]). */
function errorCode(bodyText: string): string | undefined {
  try {
    const parsed = ErrorBodySchema.safeParse(JSON.parse(bodyText));
    return parsed.success ? parsed.data.error : undefined;
  } catch {
    return undefined;
  }
}

/** "413 payload_too_large: …" from the server's `{ error, message }` ([S50]); the status alone otherwise. */
function describeAnswer(status: number, bodyText: string): string {
  try {
    const parsed = ErrorBodySchema.safeParse(JSON.parse(bodyText));
    if (parsed.success) return `HTTP ${status} ${parsed.data.error}: ${parsed.data.message}`;
  } catch {
    // Not JSON (a proxy's or captive portal's page): the status says enough.
  }
  return `HTTP ${status}`;
}

/** A non-2xx answer. */
export function classifyResponse(
  status: number,
  headers: { get(name: string): string | null },
  bodyText: string,
  nowMs: number,
): SyncFailure {
  const detail = describeAnswer(status, bodyText);
  if (status === 401) return failure('unauthorized', { status, detail });
  if (status === 403) return failure('forbidden', { status, detail });
  if (status === 413) return failure('too-large', { status, detail });
  if (status === 429 || status === 503 || status === 507) {
    const retryAfterMs = parseRetryAfter(headers.get('retry-after'), nowMs);
    // Issue #13: a quota is said as such; the contacts wait on the device and are sent once it allows.
    if (status === 507) return { ...failure('server', { status, detail, retryAfterMs }), key: 'errors.storageFull' };
    if (status === 429 && errorCode(bodyText) === ERROR_CODES.quotaExceeded) {
      return { ...failure('rate-limited', { status, detail, retryAfterMs }), key: 'errors.quota' };
    }
    return status === 429
      ? failure('rate-limited', { status, detail, retryAfterMs })
      : failure('server', { status, detail, retryAfterMs });
  }
  if (status >= 500) return failure('server', { status, detail });
  // 400, 404, 405, 415…: the request itself is wrong; resending it unchanged would fail again ([S45]).
  if (status >= 400) return failure('refused', { status, detail });
  // 1xx/3xx reaching fetch (an opaque redirect, a proxy): not our server answering.
  return failure('bad-response', { status, detail });
}

/** fetch() threw: no answer at all. */
export function classifyFetchError(error: unknown, context: { timedOut: boolean; online: boolean }): SyncFailure {
  const detail = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
  if (context.timedOut) return failure('timeout', { detail });
  if (!context.online) return failure('offline', { detail });
  return failure('network', { detail });
}
