import { useLiveQuery } from 'dexie-react-hooks';
import { listTerms } from '../data/list-terms';

/** undefined while loading. */
export function useTerms() {
  return useLiveQuery(listTerms, []);
}
