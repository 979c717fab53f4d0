/**
 * Registers the Workbox-generated service worker. A new version never takes over by itself: it waits until
 * the user presses "Reload" in the update prompt, so nobody loses what they are typing.
 */
import { usePwa } from './pwa-store';

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

  wb.addEventListener('waiting', offerUpdate);
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
