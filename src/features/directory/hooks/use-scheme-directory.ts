import { useLiveQuery } from 'dexie-react-hooks';
import { listSchemeEntries } from '../data/list-scheme-entries';

/** One scheme's local structures, live. undefined while loading. */
export function useSchemeDirectory(schemeId: string | undefined) {
  return useLiveQuery(async () => (schemeId ? listSchemeEntries(schemeId) : []), [schemeId]);
}
