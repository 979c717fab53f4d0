import { useLiveQuery } from 'dexie-react-hooks';
import { getDb } from '../../db/db';
import type { FavouriteKind } from '../../db/rows';

/** undefined while loading. */
export function useIsFavourite(kind: FavouriteKind, id: string): boolean | undefined {
  return useLiveQuery(async () => Boolean(await getDb().favourites.get([kind, id])), [kind, id]);
}
