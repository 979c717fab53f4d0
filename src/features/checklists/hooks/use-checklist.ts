import { useLiveQuery } from 'dexie-react-hooks';
import { useContentLanguage } from '../../../lib/content-language';
import { getChecklist } from '../data/get-checklist';
import { listSectionLinks } from '../data/list-section-links';

/** A checklist and the guide sections it comes from; undefined while loading, null when there is none. */
export function useChecklist(id: string) {
  const lang = useContentLanguage();
  return useLiveQuery(async () => {
    const checklist = await getChecklist(id, lang);
    if (!checklist) return null;
    return { checklist, sections: await listSectionLinks(checklist.sections, lang) };
  }, [id, lang]);
}
