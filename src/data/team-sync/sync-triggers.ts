/**
 * When the device syncs: after a save, on start, when the network comes back, when the app comes back to the
 * foreground, on a timer while online (every minute, or when the backoff says), and when the service worker
 * relays a Background Sync event (only an extra trigger: the outbox in IndexedDB is the source of truth).
 * Started once by the app layout after load; does nothing until the device has joined a team.
 */
import { onContactChange } from '../contacts/contact-events';
import { purgeExpiredContacts } from '../device-lock/device-data';
import { REQUEST_PROBLEMS, TOKEN_PROBLEMS } from '../team/classify-failure';
import { onSyncMessage } from './sync-channel';
import { syncNow, type SyncOutcome } from './sync-client';
import { getSyncRecord, getTeamInfo, type SyncRecord, type TeamInfo } from '../team/sync-meta';
import { receiveSyncStatus, statusFrom, useSyncStatus } from './sync-status-store';

/** Background Sync tag, and the message type public/sw-sync.js posts to the pages when it fires. */
export const BACKGROUND_SYNC_TAG = 'limits-sync';
export const PERIODIC_SYNC_MS = 60_000;
/** Another tab holds the lock: look again shortly, in case it finished before our change was saved. */
const BUSY_RECHECK_MS = 5_000;
/** Saves come in bursts (autosave, quick edits): one sync for the burst. */
const SAVE_DEBOUNCE_MS = 300;
/** Full jitter can draw 0 ms: never retry in a tight loop. */
const MIN_TIMER_MS = 1_000;

export type SyncReason = 'start' | 'saved' | 'online' | 'visible' | 'timer' | 'background' | 'joined' | 'manual';

let started = false;
let joined = false;
let timer: ReturnType<typeof setTimeout> | undefined;
let saveTimer: ReturnType<typeof setTimeout> | undefined;
let running: Promise<SyncOutcome> | undefined;
let again = false;

const online = () => globalThis.navigator?.onLine ?? true;

/** Whether an automatic attempt makes sense now ([S42], [S46]); the user's "Sync now" always goes. */
function shouldTry(reason: SyncReason): boolean {
  if (reason === 'manual' || reason === 'joined') return true;
  const { lastError, nextAttemptAt } = useSyncStatus.getState();
  // 401/403 again and again would also count as failed authentications against the whole team's address.
  if (lastError && TOKEN_PROBLEMS.has(lastError.kind)) return false;
  if (reason === 'saved' || reason === 'start') return true;
  if (lastError && REQUEST_PROBLEMS.has(lastError.kind)) return false;
  if (reason === 'online' || reason === 'background') return true;
  // visible, timer: only online, and not before the backoff allows.
  if (!online()) return false;
  return !nextAttemptAt || Date.parse(nextAttemptAt) <= Date.now();
}

function schedule(outcome: SyncOutcome | undefined): void {
  clearTimeout(timer);
  timer = undefined;
  if (!joined) return;
  const { nextAttemptAt } = useSyncStatus.getState();
  let delay = PERIODIC_SYNC_MS;
  if (outcome?.result === 'busy') delay = BUSY_RECHECK_MS;
  else if (nextAttemptAt) delay = Math.min(Math.max(MIN_TIMER_MS, Date.parse(nextAttemptAt) - Date.now()), 2 ** 31 - 1);
  timer = setTimeout(() => void requestSync('timer'), delay);
}

interface SyncRegistration extends ServiceWorkerRegistration {
  sync?: { register: (tag: string) => Promise<void> };
}

/** Asks the browser to wake the service worker when the network is back, even if the app is in background. */
async function registerBackgroundSync(): Promise<void> {
  try {
    const registration = (await globalThis.navigator?.serviceWorker?.getRegistration()) as SyncRegistration | undefined;
    await registration?.sync?.register(BACKGROUND_SYNC_TAG);
  } catch {
    // Not supported or not allowed (Firefox, Safari, permission): the other triggers still run.
  }
}

/** Runs a sync for `reason` if it makes sense; concurrent requests in this tab share one run. */
export async function requestSync(reason: SyncReason): Promise<SyncOutcome | undefined> {
  if (!joined && reason !== 'manual') return undefined;
  if (!shouldTry(reason)) {
    schedule(undefined);
    return undefined;
  }
  if (running) {
    again = true;
    return running;
  }
  const manual = reason === 'manual';
  running = (async () => {
    let outcome: SyncOutcome;
    do {
      again = false;
      outcome = await syncNow({ manual });
      // A save while the last batch was in flight: go again, the lock is free now.
    } while (again && outcome.result === 'synced');
    return outcome;
  })();
  try {
    const outcome = await running;
    if (outcome.result === 'failed' && (outcome.failure.retry || outcome.failure.kind === 'offline')) {
      void registerBackgroundSync();
    }
    schedule(outcome);
    // [S91] What the server now has may be old enough to leave the device.
    if (outcome.result === 'synced' && outcome.sent > 0) void purgeExpiredContacts().catch(() => 0);
    return outcome;
  } catch (error) {
    // syncNow answers every network and server failure itself; what throws is the device's storage (closed,
    // full, blocked). The triggers fire and forget, so the failure goes to the status store, not to nowhere.
    showStorageFailure(error);
    schedule(undefined);
    return undefined;
  } finally {
    running = undefined;
  }
}

/** IndexedDB unusable (private mode, quota, closed): said in the status instead of failing silently. */
function showStorageFailure(error: unknown, replace = false): void {
  const detail = error instanceof Error ? error.message : String(error);
  const lastError = { kind: 'storage' as const, key: 'errors.storage', detail, at: new Date().toISOString() };
  if (replace) useSyncStatus.setState({ phase: 'error', lastError, loaded: true }, true);
  else useSyncStatus.setState({ phase: 'error', lastError, loaded: true });
}

/** Reads the team and the last outcome from the device into the status store; starts or stops syncing. */
export async function reloadTeam(kick: SyncReason | undefined): Promise<void> {
  let settings: TeamInfo | undefined;
  let record: SyncRecord;
  try {
    // The team without its token: readable while locked ([S93]).
    [settings, record] = await Promise.all([getTeamInfo(), getSyncRecord()]);
  } catch (error) {
    // Say so instead of showing "loading" forever; nothing read is known about the team.
    showStorageFailure(error, true);
    return;
  }
  joined = settings !== undefined;
  useSyncStatus.setState(statusFrom(settings, record), true);
  if (!joined) {
    clearTimeout(timer);
    timer = undefined;
    return;
  }
  if (kick) await requestSync(kick);
  else schedule(undefined);
}

/** Once, from the app layout after load. */
export async function startSyncTriggers(): Promise<void> {
  if (started) return;
  started = true;
  // The contact store announces every change the outbox has to send (src/data/contacts/contact-events.ts).
  onContactChange(() => {
    clearTimeout(saveTimer);
    saveTimer = setTimeout(() => void requestSync('saved'), SAVE_DEBOUNCE_MS);
  });
  window.addEventListener('online', () => void requestSync('online'));
  document.addEventListener('visibilitychange', () => {
    if (document.visibilityState === 'visible') void requestSync('visible');
  });
  globalThis.navigator?.serviceWorker?.addEventListener('message', (event: MessageEvent<unknown>) => {
    const data = event.data as { type?: unknown } | null;
    if (data?.type === BACKGROUND_SYNC_TAG) void requestSync('background');
  });
  onSyncMessage((message) => {
    if (message.type === 'status') receiveSyncStatus(message.status);
    else void reloadTeam(undefined);
  });
  await reloadTeam('start');
}
