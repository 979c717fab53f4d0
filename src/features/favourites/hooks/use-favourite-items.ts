import { useLiveQuery } from 'dexie-react-hooks';
import { listFavouriteItems } from '../data/list-favourite-items';

/** Favourites with their titles, kept live (starring elsewhere, a content update); undefined while loading. */
export function useFavouriteItems() {
  return useLiveQuery(listFavouriteItems, []);
}
