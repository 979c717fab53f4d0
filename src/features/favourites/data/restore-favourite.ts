import { getDb } from '../../../db/db';
import type { FavouriteRow } from '../../../db/rows';

/** Puts back a favourite removed by mistake ("Undo"), with its original date so it keeps its place. */
export async function restoreFavourite(row: FavouriteRow): Promise<void> {
  await getDb().favourites.put(row);
}
