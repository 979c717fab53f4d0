/**
 * The sync feature's parts of the layout (header indicator, "unsynced for 3 days" notice), loaded lazily,
 * only on a device that has something to sync (src/app/start-device-services.ts) or when the user opens the
 * team settings or a join link: the first route never waits for (nor downloads) the database, zod or the
 * sync code.
 */
import { lazy, Suspense, useSyncExternalStore } from 'react';

const loadShell = () => import('../../features/sync/shell');
const LazyIndicator = lazy(() => loadShell().then((m) => ({ default: m.SyncIndicator })));
const LazyNotice = lazy(() => loadShell().then((m) => ({ default: m.SyncNotice })));

let ready = false;
const listeners = new Set<() => void>();

/** Shows the sync parts of the layout and starts the sync triggers (idle until the device joins a team). */
export function startSyncShell(): void {
  if (ready) return;
  ready = true;
  listeners.forEach((listener) => listener());
  void loadShell().then((m) => m.startSync());
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

function useShellReady(): boolean {
  return useSyncExternalStore(
    subscribe,
    () => ready,
    () => false,
  );
}

export function SyncIndicatorSlot() {
  if (!useShellReady()) return null;
  return (
    <Suspense fallback={null}>
      <LazyIndicator />
    </Suspense>
  );
}

export function SyncNoticeSlot() {
  if (!useShellReady()) return null;
  return (
    <Suspense fallback={null}>
      <LazyNotice />
    </Suspense>
  );
}
