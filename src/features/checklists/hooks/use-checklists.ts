import { useLiveQuery } from 'dexie-react-hooks';
import { useContentLanguage } from '../../../lib/content-language';
import { listChecklists } from '../data/list-checklists';
import { listCurrentRuns } from '../data/list-current-runs';

/** Every checklist and the run in progress of each (by checklist id); undefined while loading. */
export function useChecklists() {
  const lang = useContentLanguage();
  return useLiveQuery(async () => {
    const [checklists, currentRuns] = await Promise.all([listChecklists(lang), listCurrentRuns()]);
    return { checklists, currentRuns };
  }, [lang]);
}
