import { getDb } from '../../platform/db/db';
import type { FavouriteKind } from '../../platform/db/rows';
import { setDeviceFlag } from '../../platform/device-flags/device-flags';

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
      // From now on pages read their stars from the table (src/data/favourites/use-is-favourite.ts).
      if (starred) setDeviceFlag('favourites', true);
      return starred;
    });
}
