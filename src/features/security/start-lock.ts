/**
 * The lock's wiring to the page, started once by the app shell after load: activity resets the idle countdown,
 * "Lock now" and sign-out lock every tab, and every unlock seals what was stored in clear before the passcode
 * ([S92], [S93]), purges expired synced contacts ([S91]) and syncs what waited ([S90]).
 */
import { sealPlainRows } from '../../db/contact-migration';
import { getIdleMinutes, purgeExpiredContacts } from '../../db/device-data';
import { getVaultSession, linkTabs, VAULT_CHANNEL, watchActivity } from '../../security';
import { sealTeamToken } from '../../sync/sync-meta';
import { requestSync } from '../../sync/sync-triggers';

let started = false;

async function afterUnlock(): Promise<void> {
  try {
    await sealPlainRows();
  } catch (error) {
    // Locked again half-way, or storage refused: the next unlock continues where this one stopped.
    console.warn('Sealing stored contacts did not finish', error instanceof Error ? error.name : error);
  }
  try {
    // [S93] A team joined before the passcode: its access code is sealed like the contacts.
    await sealTeamToken();
  } catch (error) {
    console.warn('Sealing the team access code did not finish', error instanceof Error ? error.name : error);
  }
  await purgeExpiredContacts().catch(() => 0);
  void requestSync('start');
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
  session.setIdleTimeoutMs((await getIdleMinutes()) * 60_000);
  await purgeExpiredContacts().catch(() => 0);
}
