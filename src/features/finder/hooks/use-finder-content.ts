import { useMemo } from 'react';
import { table1ChecklistTitles, useContent, type SchemeRow, type TableFactorRow } from '../../../data/content';
import { useListedSchemes } from '../../../data/directory/use-listed-schemes';
import type { ContentLanguage } from '../../../platform/i18n/content-language';

export interface FinderContent {
  lang: ContentLanguage;
  schemes: readonly SchemeRow[];
  factors: readonly TableFactorRow[];
  /** Titles of the checklists Table 1's responses point to. */
  checklists: Map<string, string>;
  /** Schemes the team's local directory lists: they exist locally (settles a regional scheme). */
  listed: Set<string>;
}

/**
 * What the finder evaluates: the content in the page's content language (in memory, so the prerendered finder
 * and its first render have it) and the device's directory (read after, empty until then).
 */
export function useFinderContent(): FinderContent {
  const content = useContent();
  const listed = useListedSchemes();
  return useMemo(
    () => ({
      lang: content.lang,
      schemes: content.schemes,
      factors: content.tableFactors,
      checklists: table1ChecklistTitles(content),
      listed,
    }),
    [content, listed],
  );
}
