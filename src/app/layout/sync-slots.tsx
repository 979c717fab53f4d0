/**
 * The sync feature's parts of the layout (header indicator, "unsynced for 3 days" notice), loaded lazily
 * once the page has loaded and the browser is idle: the first route never waits for (nor downloads before
 * its first render) the database, zod or the sync code.
 */
import { lazy, Suspense, useSyncExternalStore } from 'react';

const loadShell = () => import('../../features/sync/shell');
const LazyIndicator = lazy(() => loadShell().then((m) => ({ default: m.SyncIndicator })));
const LazyNotice = lazy(() => loadShell().then((m) => ({ default: m.SyncNotice })));

let ready = false;
const listeners = new Set<() => void>();

/** From the layout's load handler: starts the sync triggers (idle until the device joins a team). */
export function startSyncAfterLoad(): void {
  const go = () => {
    if (ready) return;
    ready = true;
    listeners.forEach((listener) => listener());
    void loadShell().then((m) => m.startSync());
  };
  if (typeof window.requestIdleCallback === 'function') window.requestIdleCallback(go, { timeout: 3_000 });
  else setTimeout(go, 1_000);
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
