import { useLiveQuery } from 'dexie-react-hooks';
import { useContentLanguage } from '../../../lib/content-language';
import { listSections } from '../data/list-sections';

/** undefined while loading. */
export function useSections() {
  const lang = useContentLanguage();
  return useLiveQuery(() => listSections(lang), [lang]);
}
