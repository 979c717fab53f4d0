/**
 * False while the server prerenders a page and while the client hydrates it, true afterwards. Anything that
 * depends on the device (stored preferences, the user agent, the database) renders only once this is true, so
 * hydration sees exactly the prerendered markup and never warns of a mismatch.
 */
import { useSyncExternalStore } from 'react';

const subscribe = () => () => undefined;

export function useHydrated(): boolean {
  return useSyncExternalStore(
    subscribe,
    () => true,
    () => false,
  );
}
