import { useLiveQuery } from 'dexie-react-hooks';
import { useContentLanguage } from '../../../lib/content-language';
import { listFavouriteItems } from '../data/list-favourite-items';

/** Favourites with their titles, kept live (starring elsewhere, a content update); undefined while loading. */
export function useFavouriteItems() {
  const lang = useContentLanguage();
  return useLiveQuery(() => listFavouriteItems(lang), [lang]);
}
