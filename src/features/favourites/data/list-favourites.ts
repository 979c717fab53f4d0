import { getDb } from '../../../db/db';
import type { FavouriteRow } from '../../../db/rows';

/** Every favourite, newest first. */
export function listFavourites(): Promise<FavouriteRow[]> {
  return getDb().favourites.orderBy('createdAt').reverse().toArray();
}
