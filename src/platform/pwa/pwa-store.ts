/** Service-worker and install state shared by the layout, home and settings (UI state only). */
import { create } from 'zustand';

export interface BeforeInstallPromptEvent extends Event {
  prompt: () => Promise<void>;
  userChoice: Promise<{ outcome: 'accepted' | 'dismissed' }>;
}

interface PwaState {
  /** A new version is installed and waiting for the user's go-ahead. */
  updateWaiting: boolean;
  /** The service worker controls the page: the app works offline. */
  offlineReady: boolean;
  registrationError?: string;
  /** Files stored so far by the first install (a first visit only): the page's offline progress. */
  installProgress?: { done: number; total: number };
  /** The first install stopped before the app was stored for offline use (network lost, storage full). */
  installFailed: boolean;
  installEvent?: BeforeInstallPromptEvent;
  installed: boolean;
  applyUpdate?: () => void;
  set: (state: Partial<Omit<PwaState, 'set'>>) => void;
}

export const usePwa = create<PwaState>()((set) => ({
  updateWaiting: false,
  offlineReady: false,
  installFailed: false,
  installed: false,
  set: (state) => set(state),
}));
