import { useLiveQuery } from 'dexie-react-hooks';
import { useContentLanguage } from '../../../lib/content-language';
import { getTable1Meta } from '../data/get-table-1-meta';
import { listChecklistTitles } from '../data/list-checklist-titles';
import { listFactors } from '../data/list-factors';
import { listSchemeLabels } from '../data/list-scheme-labels';
import { listSectionLabels } from '../data/list-section-labels';

/** Table 1 with the labels of everything its responses link to; undefined while loading. */
export function useTable1() {
  const lang = useContentLanguage();
  return useLiveQuery(async () => {
    const [meta, factors] = await Promise.all([getTable1Meta(lang), listFactors(lang)]);
    const responses = factors.flatMap((factor) => factor.responses);
    const unique = (ids: string[]) => [...new Set(ids)];
    const [sections, schemes, checklists] = await Promise.all([
      listSectionLabels(unique(responses.flatMap((response) => response.sections)), lang),
      listSchemeLabels(unique(responses.flatMap((response) => response.schemes)), lang),
      listChecklistTitles(unique(responses.flatMap((response) => response.checklists)), lang),
    ]);
    return { meta, factors, sections, schemes, checklists };
  }, [lang]);
}
