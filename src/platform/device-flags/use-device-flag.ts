import { useSyncExternalStore } from 'react';
import { peekDeviceFlag, subscribeDeviceFlags, type DeviceFlags } from './device-flags';

/**
 * One device flag, live (src/platform/device-flags/device-flags.ts); false in the prerendered page and while hydrating, so a
 * part that reads device data renders the same markup there.
 */
export function useDeviceFlag(name: keyof DeviceFlags): boolean {
  return useSyncExternalStore(
    subscribeDeviceFlags,
    () => peekDeviceFlag(name),
    () => false,
  );
}
