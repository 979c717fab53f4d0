import { useLiveQuery } from 'dexie-react-hooks';
import type { SchemeRow, TableFactorRow } from '../../../db/rows';
import { useContentLanguage, type ContentLanguage } from '../../../lib/content-language';
import { listChecklistTitles } from '../data/list-checklist-titles';
import { listListedSchemes } from '../data/list-listed-schemes';
import { listSchemes } from '../data/list-schemes';
import { listTableFactors } from '../data/list-table-factors';

export interface FinderContent {
  lang: ContentLanguage;
  schemes: SchemeRow[];
  factors: TableFactorRow[];
  /** Titles of the checklists Table 1's responses point to. */
  checklists: Map<string, string>;
  /** Schemes the team's local directory lists: they exist locally (settles a regional scheme). */
  listed: Set<string>;
}

/** What the finder evaluates, from the on-device content in the page's content language; undefined while loading. */
export function useFinderContent(): FinderContent | undefined {
  const lang = useContentLanguage();
  return useLiveQuery(async () => {
    const [schemes, factors, listed] = await Promise.all([
      listSchemes(lang),
      listTableFactors(lang),
      listListedSchemes(),
    ]);
    const ids = [...new Set(factors.flatMap((f) => f.responses.flatMap((response) => response.checklists)))];
    return { lang, schemes, factors, listed, checklists: await listChecklistTitles(ids, lang) };
  }, [lang]);
}
