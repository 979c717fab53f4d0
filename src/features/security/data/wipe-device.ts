import { wipeDeviceData } from '../../../db/device-data';

/** Sign-out: erases contacts, drafts, the key record, the token and the app's storage keys. */
export function wipeDevice(): Promise<void> {
  return wipeDeviceData();
}
