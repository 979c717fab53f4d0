import { useLiveQuery } from 'dexie-react-hooks';
import { listLocalStructures, type LocalStructure } from './list-scheme-entries';

/**
 * A scheme's local structures, live; undefined while loading, [] without a scheme. Loaded ahead so that Share
 * calls navigator.share at once: some browsers refuse it once an await has used up the tap's activation.
 */
export function useLocalStructures(schemeId: string | undefined): LocalStructure[] | undefined {
  const result = useLiveQuery(
    async () => ({ schemeId, structures: schemeId ? await listLocalStructures(schemeId) : [] }),
    [schemeId],
  );
  // useLiveQuery keeps the previous answer while it queries new deps: an answer for another scheme is "loading".
  return result && result.schemeId === schemeId ? result.structures : undefined;
}
