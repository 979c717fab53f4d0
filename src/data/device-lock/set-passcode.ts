import { setPasscode as storeSet } from './vault-store';
import { startLock } from './start-lock';

/**
 * Creates the vault under `passcode`; this tab is unlocked afterwards. The lock's wiring starts here too
 * (whatever page the passcode was set on): its unlock-time work seals what was stored in clear before
 * ([S92], [S93]) right away, as it does at every unlock.
 */
export async function setPasscode(passcode: string): Promise<void> {
  await storeSet(passcode);
  await startLock();
}
