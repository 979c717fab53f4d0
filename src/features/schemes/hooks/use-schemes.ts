import { useLiveQuery } from 'dexie-react-hooks';
import { useContentLanguage } from '../../../lib/content-language';
import { listSchemes } from '../data/list-schemes';

/** undefined while loading. */
export function useSchemes() {
  const lang = useContentLanguage();
  return useLiveQuery(() => listSchemes(lang), [lang]);
}
