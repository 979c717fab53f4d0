/**
 * The lock's wiring to the page, started once by the app shell after load: activity resets the idle countdown,
 * "Lock now" and sign-out lock every tab, and every unlock seals what was stored in clear before the passcode
 * ([S92], [S93]), purges expired synced contacts ([S91]) and syncs what waited ([S90]). Sealing and syncing
 * belong to modules above the lock: the app hands them over as unlock tasks (unlock-tasks.ts).
 */
import { hasPasscode } from './vault-store';
import { setDeviceFlag } from '../../platform/device-flags/device-flags';
import { getIdleMinutes, purgeExpiredContacts } from './device-data';
import { getVaultSession, linkTabs, VAULT_CHANNEL, watchActivity } from '../../platform/vault';
import { getUnlockTasks } from './unlock-tasks';
import { reportUnlockWork } from './unlock-work-store';

let started = false;

async function afterUnlock(): Promise<void> {
  const tasks = getUnlockTasks();
  let sealed = true;
  try {
    await tasks?.sealStoredInClear();
  } catch (error) {
    // Locked again half-way, or storage refused: the next unlock continues where this one stopped.
    sealed = false;
    console.warn('Sealing what was stored in clear did not finish', error instanceof Error ? error.name : error);
  }
  reportUnlockWork('seal', !sealed);
  await purge();
  tasks?.afterUnlock();
}

/** [S91] Never fails silently: a purge that could not run is shown, and runs again at the next unlock. */
async function purge(): Promise<void> {
  try {
    await purgeExpiredContacts();
    reportUnlockWork('purge', false);
  } catch (error) {
    console.warn('Removing expired contacts failed', error instanceof Error ? error.name : error);
    reportUnlockWork('purge', true);
  }
}

export async function startLock(): Promise<void> {
  if (started) return;
  started = true;
  const session = getVaultSession();
  watchActivity(session);
  if (typeof BroadcastChannel === 'function') linkTabs(session, new BroadcastChannel(VAULT_CHANNEL));
  let wasUnlocked = session.unlocked;
  session.subscribe(() => {
    if (session.unlocked && !wasUnlocked) void afterUnlock();
    wasUnlocked = session.unlocked;
  });
  if (session.unlocked) void afterUnlock();
  // The shell starts the lock at idle only where this flag says a passcode exists: keep it true to the device.
  void hasPasscode().then(
    (has) => setDeviceFlag('lock', has),
    () => undefined,
  );
  session.setIdleTimeoutMs((await getIdleMinutes()) * 60_000);
  await purge();
}
