import { useLiveQuery } from 'dexie-react-hooks';
import { useContentLanguage } from '../../../lib/content-language';
import { listSchemeOptions } from '../data/list-scheme-options';
import { listTopics } from '../data/list-topics';
import { recentPlaces } from '../data/recent-places';

/** What the form offers to pick from: Table 1 topics, schemes, recent places; undefined while loading. */
export function useFormOptions() {
  const lang = useContentLanguage();
  return useLiveQuery(async () => {
    const [topics, schemes, places] = await Promise.all([listTopics(lang), listSchemeOptions(lang), recentPlaces()]);
    return { topics, schemes, places };
  }, [lang]);
}
