import { getDb } from '../../platform/db/db';
import type { FavouriteRow } from '../../platform/db/rows';

/** Every favourite, newest first. */
export function listFavourites(): Promise<FavouriteRow[]> {
  return getDb().favourites.orderBy('createdAt').reverse().toArray();
}
