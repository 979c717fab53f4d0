import { useLiveQuery } from 'dexie-react-hooks';
import { useContentLanguage } from '../../../lib/content-language';
import { getContentMeta } from '../data/get-content-meta';

/** The content of the page's language: undefined while loading, null when none is stored on the device yet. */
export function useContentMeta() {
  const lang = useContentLanguage();
  return useLiveQuery(async () => (await getContentMeta(lang)) ?? null, [lang]);
}
