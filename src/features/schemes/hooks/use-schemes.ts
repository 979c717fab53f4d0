import { useLiveQuery } from 'dexie-react-hooks';
import { listSchemes } from '../data/list-schemes';

/** undefined while loading. */
export function useSchemes() {
  return useLiveQuery(listSchemes, []);
}
