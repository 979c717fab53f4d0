import { useLiveQuery } from 'dexie-react-hooks';
import { useContentLanguage } from '../../../lib/content-language';
import { getSection } from '../data/get-section';

/** undefined while loading, null when there is no such section. */
export function useSection(id: string) {
  const lang = useContentLanguage();
  return useLiveQuery(async () => (await getSection(id, lang)) ?? null, [id, lang]);
}
