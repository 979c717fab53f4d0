/** Captures the browser's install offer so the app can show its own "Install" button. */
import { runsStandalone } from './install-invite';
import { usePwa, type BeforeInstallPromptEvent } from './pwa-store';

export function listenForInstallPrompt(): void {
  const { set } = usePwa.getState();
  set({ installed: runsStandalone() });
  window.addEventListener('beforeinstallprompt', (event) => {
    event.preventDefault();
    set({ installEvent: event as BeforeInstallPromptEvent });
  });
  window.addEventListener('appinstalled', () => set({ installEvent: undefined, installed: true }));
}

export async function promptInstall(): Promise<'accepted' | 'dismissed' | 'unavailable'> {
  const event = usePwa.getState().installEvent;
  if (!event) return 'unavailable';
  await event.prompt();
  const { outcome } = await event.userChoice;
  usePwa.getState().set({ installEvent: undefined });
  return outcome;
}

/** iOS Safari offers no install prompt; only an installed app escapes its 7-day deletion of site data. */
export function isIosSafari(userAgent = navigator.userAgent): boolean {
  const ios = /iPad|iPhone|iPod/.test(userAgent) || (/Macintosh/.test(userAgent) && navigator.maxTouchPoints > 1);
  return ios && /Safari/.test(userAgent) && !/CriOS|FxiOS|EdgiOS/.test(userAgent);
}
