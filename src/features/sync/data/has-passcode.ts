import { hasPasscode as storeHas } from '../../../db/vault-store';

/** Whether a passcode exists: then sending waits for the code ([S90], [S93]). */
export function hasPasscode(): Promise<boolean> {
  return storeHas();
}
