import { getDb } from '../../platform/db/db';
import type { FavouriteRow } from '../../platform/db/rows';

/** Puts back a favourite removed by mistake ("Undo"), with its original date so it keeps its place. */
export async function restoreFavourite(row: FavouriteRow): Promise<void> {
  await getDb().favourites.put(row);
}
