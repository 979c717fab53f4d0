import type { ReactNode } from 'react';
import { useHydrated } from '../../platform/hydration/use-hydrated';

/**
 * Renders `fallback` in the prerendered page and during hydration, `children` right after: for parts made of
 * device data (contacts, settings, the lock) that no build can know.
 */
export function ClientOnly({ children, fallback }: { children: ReactNode; fallback: ReactNode }) {
  return useHydrated() ? children : fallback;
}
