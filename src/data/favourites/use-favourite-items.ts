import { useLiveQuery } from 'dexie-react-hooks';
import { useMemo } from 'react';
import { useContent } from '../content';
import { listFavourites } from './list-favourites';
import { favouriteItems } from './favourite-items';

/** Favourites with their titles, kept live (starring elsewhere); undefined while the device's list is read. */
export function useFavouriteItems() {
  const content = useContent();
  const favourites = useLiveQuery(listFavourites, []);
  return useMemo(() => favourites && favouriteItems(favourites, content), [favourites, content]);
}
