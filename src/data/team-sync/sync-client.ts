/**
 * The sync loop ([S40]–[S46] in docs/SPEC.md): send the outbox (the contacts table, source of truth) to the
 * team's server in batches, mark each contact only from the server's per-contact answer, and record how it
 * went. One tab at a time (Web Lock 'limits-sync'); nothing is ever deleted or dropped on a failure.
 */
import { applySyncResults, pendingBatch } from '../contacts/contact-store';
import { hasPasscode } from '../device-lock/vault-store';
import { getVaultSession } from '../../platform/vault';
import { failure, TOKEN_PROBLEMS, type SyncFailure } from '../team/classify-failure';
import { MAX_SYNC_BATCH, takeBatchBySize } from './batch-by-size';
import { pullTeamDirectory, type DirectoryPull } from '../directory/directory-sync';
import { nextRetryDelay } from '../team/next-retry-delay';
import type { Contact } from '../../shared/protocol/protocol';
import { browserHttpDeps, fetchMe, postSyncBatch, type HttpDeps } from '../team/sync-http';
import {
  getSyncRecord,
  getTeamInfo,
  getTeamSettings,
  putSyncRecord,
  teamInfo,
  type SyncRecord,
  type TeamSettings,
} from '../team/sync-meta';
import { setSyncStatus, statusFrom } from './sync-status-store';

export const SYNC_LOCK = 'limits-sync';
/** A safety net: a round always moves its contacts out of "pending" unless the user keeps editing them. */
const MAX_ROUNDS = 1_000;

export interface SyncClientDeps extends HttpDeps {
  random: () => number;
  /** navigator.locks where the browser has it. */
  locks?: Pick<LockManager, 'request'>;
  /** The team directory's poll after the contacts ([S87]); absent in tests of the contact outbox alone. */
  pullDirectory?: (settings: TeamSettings) => Promise<DirectoryPull>;
  /** Whether this tab's vault is open; the app's session by default. */
  vaultUnlocked?: () => boolean;
}

const vaultUnlocked = () => getVaultSession().unlocked;

export type SyncOutcome =
  | { result: 'synced'; sent: number }
  | { result: 'failed'; sent: number; failure: SyncFailure }
  | { result: 'busy' }
  | { result: 'not-joined' }
  /** A passcode is set and this tab is locked: pending bodies cannot be decrypted, nothing is sent (SECURITY.md). */
  | { result: 'locked' };

export interface SyncNowOptions {
  /** Asked by the user ("Sync now"): with nothing to send, still checks that the server accepts the token. */
  manual?: boolean;
}

export interface SyncClient {
  syncNow: (options?: SyncNowOptions) => Promise<SyncOutcome>;
}

export function createSyncClient(deps: SyncClientDeps): SyncClient {
  let running = false;
  const iso = () => new Date(deps.now()).toISOString();

  async function withLock(run: () => Promise<SyncOutcome>): Promise<SyncOutcome> {
    if (deps.locks) {
      // ifAvailable: another tab (or this one) is already syncing; its loop sends what is pending.
      const outcome = await deps.locks.request(SYNC_LOCK, { ifAvailable: true }, (lock) =>
        lock ? run() : ({ result: 'busy' } as const),
      );
      return outcome as SyncOutcome;
    }
    // No Web Locks (old browsers): at least one sync at a time in this tab; the server's idempotency ([S14])
    // makes two tabs sending the same revisions harmless.
    if (running) return { result: 'busy' };
    running = true;
    try {
      return await run();
    } finally {
      running = false;
    }
  }

  async function record(settings: TeamSettings, next: SyncRecord): Promise<void> {
    if (!(await putSyncRecord(next, settings))) return;
    setSyncStatus(statusFrom(teamInfo(settings), next));
  }

  async function recordFailure(settings: TeamSettings, problem: SyncFailure, lastSuccessAt?: string) {
    const previous = await getSyncRecord();
    const delay = problem.retry
      ? nextRetryDelay({ attempt: previous.attempt, random: deps.random(), retryAfterMs: problem.retryAfterMs })
      : undefined;
    await record(settings, {
      lastSuccessAt: lastSuccessAt ?? previous.lastSuccessAt,
      lastError: { kind: problem.kind, key: problem.key, detail: problem.detail, at: iso() },
      // Offline is not the server's fault: the `online` event retries, no backoff needed.
      attempt: problem.retry ? previous.attempt + 1 : previous.attempt,
      nextAttemptAt: delay === undefined ? undefined : new Date(deps.now() + delay).toISOString(),
    });
  }

  /** Sends a batch; on 413 splits it in halves and sends each ([S45]). Stops at the first other failure. */
  async function send(settings: TeamSettings, batch: Contact[]): Promise<SyncFailure | undefined> {
    const answer = await postSyncBatch(deps, settings.serverUrl, settings.token, batch);
    if (answer.ok) {
      await applySyncResults(batch, answer.value);
      return undefined;
    }
    if (answer.failure.kind === 'too-large' && batch.length > 1) {
      const half = Math.ceil(batch.length / 2);
      return (await send(settings, batch.slice(0, half))) ?? (await send(settings, batch.slice(half)));
    }
    return answer.failure;
  }

  async function run(options: SyncNowOptions): Promise<SyncOutcome> {
    if (!(await getTeamInfo())) return { result: 'not-joined' };
    // [S90] Sending needs the bodies (and [S93] the token) in clear: while locked nothing is read or sent;
    // unlocking triggers a sync.
    if (!(deps.vaultUnlocked ?? vaultUnlocked)() && (await hasPasscode())) return { result: 'locked' };
    const settings = await getTeamSettings();
    if (!settings) return { result: 'not-joined' };
    const previous = await getSyncRecord();
    const team = teamInfo(settings);
    if (!deps.online()) {
      const offline = failure('offline');
      await recordFailure(settings, offline);
      return { result: 'failed', sent: 0, failure: offline };
    }

    let sent = 0;
    let confirmedAt: string | undefined;
    try {
      for (let round = 0; round < MAX_ROUNDS; round++) {
        const batch = takeBatchBySize(await pendingBatch(MAX_SYNC_BATCH));
        if (batch.length === 0) break;
        if (round === 0) setSyncStatus({ ...statusFrom(team, previous), phase: 'syncing' });
        const problem = await send(settings, batch);
        if (problem) {
          await recordFailure(settings, problem, confirmedAt);
          return { result: 'failed', sent, failure: problem };
        }
        sent += batch.length;
        confirmedAt = iso();
      }
      if (sent === 0 && options.manual) {
        setSyncStatus({ ...statusFrom(team, previous), phase: 'syncing' });
        const me = await fetchMe(deps, settings.serverUrl, settings.token);
        if (!me.ok) {
          await recordFailure(settings, me.failure);
          return { result: 'failed', sent, failure: me.failure };
        }
        confirmedAt = iso();
      }
      // [S87] The team directory, after the contacts: its failures are the sync's, shown and retried the same way.
      const directory = await deps.pullDirectory?.(settings);
      if (directory && !directory.ok) {
        await recordFailure(settings, directory.failure, confirmedAt);
        return { result: 'failed', sent, failure: directory.failure };
      }
      // The server answered with this token: a past problem is over. A quiet 304 with nothing else is no news
      // (no write every minute).
      if (directory?.ok && (previous.lastError || directory.changed)) confirmedAt ??= iso();
    } catch (error) {
      // IndexedDB refused a read or a write (quota, private mode, browser bug): the outbox is untouched.
      const problem = failure('storage', { detail: error instanceof Error ? error.message : String(error) });
      const lastError = { kind: problem.kind, key: problem.key, detail: problem.detail, at: iso() };
      setSyncStatus({ ...statusFrom(team, previous), phase: 'error', lastError });
      await recordFailure(settings, problem, confirmedAt).catch(() => undefined);
      return { result: 'failed', sent, failure: problem };
    }

    if (confirmedAt === undefined) {
      // Nothing to send and nobody asked: the server was not contacted, so no new "last sync". A transient
      // error is over (nothing waits any more); a refused token stays shown until the server says otherwise.
      const keep = previous.lastError && TOKEN_PROBLEMS.has(previous.lastError.kind);
      const clean = !previous.lastError && previous.attempt === 0 && !previous.nextAttemptAt;
      // No write when nothing changes: the timer runs this every minute.
      if (keep || clean) setSyncStatus(statusFrom(team, previous));
      else await record(settings, { lastSuccessAt: previous.lastSuccessAt, attempt: 0 });
      return { result: 'synced', sent };
    }
    await record(settings, { lastSuccessAt: confirmedAt, attempt: 0 });
    return { result: 'synced', sent };
  }

  return {
    syncNow: (options = {}) => withLock(() => run(options)),
  };
}

let defaultClient: SyncClient | undefined;

/** The app's sync client: the browser's fetch, clock and Web Locks. */
export function syncNow(options?: SyncNowOptions): Promise<SyncOutcome> {
  const http = browserHttpDeps();
  defaultClient ??= createSyncClient({
    ...http,
    random: Math.random,
    locks: globalThis.navigator?.locks,
    pullDirectory: (settings) => pullTeamDirectory(http, settings),
  });
  return defaultClient.syncNow(options);
}
