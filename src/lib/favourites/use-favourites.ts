import { useLiveQuery } from 'dexie-react-hooks';
import { getDb } from '../../db/db';
import type { FavouriteRow } from '../../db/rows';

/** All favourites, newest first; undefined while loading. */
export function useFavourites(): FavouriteRow[] | undefined {
  return useLiveQuery(() => getDb().favourites.orderBy('createdAt').reverse().toArray(), []);
}
