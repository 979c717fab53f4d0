import { useLiveQuery } from 'dexie-react-hooks';
import { listSections } from '../data/list-sections';

/** undefined while loading. */
export function useSections() {
  return useLiveQuery(listSections, []);
}
