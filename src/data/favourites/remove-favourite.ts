import { getDb } from '../../platform/db/db';
import type { FavouriteKind, FavouriteRow } from '../../platform/db/rows';

/** Un-stars an item (idempotent, unlike a toggle: a double tap never re-adds it). Returns the removed row. */
export async function removeFavourite(kind: FavouriteKind, id: string): Promise<FavouriteRow | undefined> {
  const db = getDb();
  return db.transaction('rw', db.favourites, async () => {
    const row = await db.favourites.get([kind, id]);
    if (row) await db.favourites.delete([kind, id]);
    return row;
  });
}
