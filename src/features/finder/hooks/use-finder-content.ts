import { useMemo } from 'react';
import {
  checklistTitles,
  table1LinkedIds,
  useContent,
  type SchemeRow,
  type TableFactorRow,
} from '../../../data/content';
import type { ContentLanguage } from '../../../lib/content-language';

export interface FinderContent {
  lang: ContentLanguage;
  schemes: readonly SchemeRow[];
  factors: readonly TableFactorRow[];
  /** Titles of the checklists Table 1's responses point to. */
  checklists: Map<string, string>;
}

/** What the finder evaluates, from the content in the page's content language. */
export function useFinderContent(): FinderContent {
  const content = useContent();
  return useMemo(
    () => ({
      lang: content.lang,
      schemes: content.schemes,
      factors: content.tableFactors,
      checklists: checklistTitles(content, table1LinkedIds(content, 'checklists')),
    }),
    [content],
  );
}
