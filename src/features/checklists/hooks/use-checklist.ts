import { useLiveQuery } from 'dexie-react-hooks';
import { getChecklist } from '../data/get-checklist';
import { listSectionLinks } from '../data/list-section-links';

/** A checklist and the guide sections it comes from; undefined while loading, null when there is none. */
export function useChecklist(id: string) {
  return useLiveQuery(async () => {
    const checklist = await getChecklist(id);
    if (!checklist) return null;
    return { checklist, sections: await listSectionLinks(checklist.sections) };
  }, [id]);
}
