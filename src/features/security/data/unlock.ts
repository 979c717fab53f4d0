import { unlockVault } from '../../../db/vault-store';

/** WrongPasscodeError for a wrong passcode. */
export function unlock(passcode: string): Promise<void> {
  return unlockVault(passcode);
}
