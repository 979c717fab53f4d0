/**
 * Starts, once the page has loaded and the browser is idle, only what this device has a use for: the lock's
 * wiring when a passcode exists, the sync when the device belongs to a team or holds contacts. A first visit,
 * or a device used only to read the guide, loads neither the database nor any crypto (src/platform/device-flags/device-flags.ts).
 */
import { deviceFlags } from '../platform/device-flags/device-flags';
import { startSyncShell } from './layout/sync-slots';

function whenIdle(run: () => void): void {
  if (typeof window.requestIdleCallback === 'function') window.requestIdleCallback(run, { timeout: 5_000 });
  else setTimeout(run, 1_000);
}

export function startDeviceServicesWhenIdle(): void {
  whenIdle(() => {
    void deviceFlags().then((flags) => {
      if (flags.lock) void import('../features/security').then((m) => m.startLock());
      if (flags.team || flags.contacts) startSyncShell();
    });
  });
}
