/**
 * Registers the Workbox-generated service worker. A new version never takes over by itself: it waits until
 * the user presses "Reload" in the update prompt, so nobody loses what they are typing.
 */
import { isInstallProgress, movesProgress } from '../../shared/install-progress';
import { usePwa } from './pwa-store';

/**
 * On a first visit (no worker controls the page yet), follows the install's progress as the worker reports it
 * (src/sw/sw.ts), for the "preparing offline… 40 %" notice. Later installs are updates: they stay silent.
 */
function followFirstInstall(): void {
  const container = navigator.serviceWorker;
  if (container.controller) return;
  const { set } = usePwa.getState();
  container.addEventListener('message', (event: MessageEvent) => {
    if (!isInstallProgress(event.data) || usePwa.getState().offlineReady) return;
    const { done, total } = event.data;
    // The notice shows whole percents: a message that does not move it re-renders nothing (hundreds of files).
    if (!movesProgress(usePwa.getState().installProgress, done, total)) return;
    set({ installProgress: { done, total } });
  });
  // Messages wait in a queue until the page opts in; it does as soon as it listens.
  container.startMessages();
}

export async function registerServiceWorker(): Promise<void> {
  if (!('serviceWorker' in navigator) || !import.meta.env.PROD) return;
  const { Workbox } = await import('workbox-window');
  const wb = new Workbox('/sw.js', { scope: '/' });
  const { set } = usePwa.getState();

  const offerUpdate = () =>
    set({
      updateWaiting: true,
      applyUpdate: () => {
        // Reload once the waiting worker has taken control, not before (the old one would serve the page).
        wb.addEventListener('controlling', () => window.location.reload());
        wb.messageSkipWaiting();
      },
    });

  followFirstInstall();
  wb.addEventListener('waiting', offerUpdate);
  // The first install failed (a download or the storage): the page says so instead of waiting forever.
  wb.addEventListener('redundant', (event) => {
    if (!event.isUpdate && !usePwa.getState().offlineReady) set({ installFailed: true });
  });
  wb.addEventListener('activated', (event) => {
    if (event.isUpdate) return;
    set({ offlineReady: true });
    // Asked once the guide is stored for offline use (the precache): that is when eviction would cost the user
    // something. A refusal is no error: the settings page shows the status and offers to ask again.
    void import('./storage-persistence').then((m) => m.requestPersistentStorage()).catch(() => false);
  });
  try {
    const registration = await wb.register();
    if (navigator.serviceWorker.controller) set({ offlineReady: true });
    // A worker may already be waiting from an earlier visit.
    if (registration?.waiting && navigator.serviceWorker.controller) offerUpdate();
    // Check for a new version when the app comes back to the foreground (phones keep PWAs open for days).
    document.addEventListener('visibilitychange', () => {
      if (document.visibilityState === 'visible') void wb.update().catch(() => undefined);
    });
  } catch (error) {
    set({ registrationError: error instanceof Error ? error.message : String(error) });
  }
}
