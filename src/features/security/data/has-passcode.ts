import { hasPasscode as storeHas } from '../../../db/vault-store';

/** Whether a passcode (key record) exists on this device. */
export function hasPasscode(): Promise<boolean> {
  return storeHas();
}
