import { changeVaultPasscode } from '../../../db/vault-store';

/** Re-wraps the data key; nothing is re-encrypted. */
export function changePasscode(current: string, next: string): Promise<void> {
  return changeVaultPasscode(current, next);
}
