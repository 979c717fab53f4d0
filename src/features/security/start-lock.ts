/**
 * The lock's wiring to the page, started once by the app shell after load: activity resets the idle countdown,
 * "Lock now" and sign-out lock every tab, and every unlock seals what was stored in clear before the passcode
 * ([S92], [S93]), purges expired synced contacts ([S91]) and syncs what waited ([S90]).
 */
import { sealPlainRows } from '../../db/contact-migration';
import { hasPasscode } from '../../db/vault-store';
import { setDeviceFlag } from '../../lib/device-flags';
import { getIdleMinutes, purgeExpiredContacts } from '../../db/device-data';
import { getVaultSession, linkTabs, VAULT_CHANNEL, watchActivity } from '../../security';
import { sealTeamToken } from '../../sync/sync-meta';
import { requestSync } from '../../sync/sync-triggers';
import { reportUnlockWork } from './unlock-work-store';

let started = false;

async function afterUnlock(): Promise<void> {
  let sealed = true;
  try {
    const start = performance.now();
    const count = await sealPlainRows();
    // Read by scripts/bench/contacts-browser.ts: how long sealing a database from before the passcode takes.
    if (count > 0) performance.measure('vault-seal-migration', { start, end: performance.now(), detail: { count } });
    // [S93] A team joined before the passcode: its access code is sealed like the contacts.
    await sealTeamToken();
  } catch (error) {
    // Locked again half-way, or storage refused: the next unlock continues where this one stopped.
    sealed = false;
    console.warn('Sealing what was stored in clear did not finish', error instanceof Error ? error.name : error);
  }
  reportUnlockWork('seal', !sealed);
  await purge();
  void requestSync('start');
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
