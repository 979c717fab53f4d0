import { setPasscode as storeSet } from '../../../db/vault-store';

/** Creates the vault under `passcode`; this tab is unlocked afterwards. */
export function setPasscode(passcode: string): Promise<void> {
  return storeSet(passcode);
}
