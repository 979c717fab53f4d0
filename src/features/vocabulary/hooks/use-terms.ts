import { useLiveQuery } from 'dexie-react-hooks';
import { useContentLanguage } from '../../../lib/content-language';
import { listTerms } from '../data/list-terms';

/** undefined while loading. */
export function useTerms() {
  const lang = useContentLanguage();
  return useLiveQuery(() => listTerms(lang), [lang]);
}
