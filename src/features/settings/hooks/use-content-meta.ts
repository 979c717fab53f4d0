import { useLiveQuery } from 'dexie-react-hooks';
import { getContentMeta } from '../data/get-content-meta';

/** undefined while loading, null when no content is stored on the device yet. */
export function useContentMeta() {
  return useLiveQuery(async () => (await getContentMeta()) ?? null, []);
}
