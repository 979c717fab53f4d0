import { getDb } from '../../db/db';
import type { FavouriteKind } from '../../db/rows';
import { setDeviceFlag } from '../device-flags';

/** Stars or un-stars an item; returns whether it is now a favourite. */
export async function toggleFavourite(kind: FavouriteKind, id: string): Promise<boolean> {
  const db = getDb();
  return db
    .transaction('rw', db.favourites, async () => {
      if (await db.favourites.get([kind, id])) {
        await db.favourites.delete([kind, id]);
        return false;
      }
      await db.favourites.put({ kind, id, createdAt: new Date().toISOString() });
      return true;
    })
    .then((starred) => {
      // From now on pages read their stars from the table (src/lib/favourites/use-is-favourite.ts).
      if (starred) setDeviceFlag('favourites', true);
      return starred;
    });
}
