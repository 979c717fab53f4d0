import { useEffect, useState } from 'react';
import type { FavouriteKind } from '../../platform/db/rows';
import { useDeviceFlag } from '../../platform/device-flags/use-device-flag';
import { useHydrated } from '../../platform/hydration/use-hydrated';

/**
 * Whether an item is starred; undefined while unknown (prerendered, hydrating, or being read). A device that
 * never starred anything answers false without loading or opening the database (src/platform/device-flags/device-flags.ts);
 * otherwise the answer follows the favourites table live.
 */
export function useIsFavourite(kind: FavouriteKind, id: string): boolean | undefined {
  const hydrated = useHydrated();
  const anyStarred = useDeviceFlag('favourites');
  const [starred, setStarred] = useState<{ key: string; value: boolean } | undefined>();
  const key = `${kind}:${id}`;
  useEffect(() => {
    if (!anyStarred) return;
    let stop: (() => void) | undefined;
    let cancelled = false;
    void import('./watch-favourite').then(({ watchFavourite }) => {
      if (!cancelled) stop = watchFavourite(kind, id, (value) => setStarred({ key: `${kind}:${id}`, value }));
    });
    return () => {
      cancelled = true;
      stop?.();
    };
  }, [anyStarred, kind, id]);
  if (!hydrated) return undefined;
  if (!anyStarred) return false;
  return starred?.key === key ? starred.value : undefined;
}
