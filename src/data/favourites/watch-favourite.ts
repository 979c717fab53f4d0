/** Live "is this starred?" from the favourites table: loaded only on a device that starred something. */
import { liveQuery } from 'dexie';
import { getDb } from '../../platform/db/db';
import type { FavouriteKind } from '../../platform/db/rows';

export function watchFavourite(kind: FavouriteKind, id: string, onValue: (starred: boolean) => void): () => void {
  const subscription = liveQuery(async () => Boolean(await getDb().favourites.get([kind, id]))).subscribe({
    next: onValue,
    // A failed read leaves the star unknown (the button stays disabled) rather than claiming "not starred".
    error: (error: unknown) => console.warn('Reading a favourite failed', error),
  });
  return () => subscription.unsubscribe();
}
