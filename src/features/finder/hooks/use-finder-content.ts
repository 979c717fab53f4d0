import { useLiveQuery } from 'dexie-react-hooks';
import { useMemo } from 'react';
import {
  checklistTitles,
  table1LinkedIds,
  useContent,
  type SchemeRow,
  type TableFactorRow,
} from '../../../data/content';
import type { ContentLanguage } from '../../../lib/content-language';
import { useDeviceFlag } from '../../../lib/use-device-flag';
import { listListedSchemes } from '../data/list-listed-schemes';

export interface FinderContent {
  lang: ContentLanguage;
  schemes: readonly SchemeRow[];
  factors: readonly TableFactorRow[];
  /** Titles of the checklists Table 1's responses point to. */
  checklists: Map<string, string>;
  /** Schemes the team's local directory lists: they exist locally (settles a regional scheme). */
  listed: Set<string>;
}

const NONE_LISTED = new Set<string>();

/**
 * What the finder evaluates: the content in the page's content language (in memory, so the prerendered finder
 * and its first render have it) and the device's directory (read after, empty until then).
 */
export function useFinderContent(): FinderContent {
  const content = useContent();
  const hasDirectory = useDeviceFlag('directory');
  const listed = useLiveQuery(async () => (hasDirectory ? listListedSchemes() : NONE_LISTED), [hasDirectory]);
  return useMemo(
    () => ({
      lang: content.lang,
      schemes: content.schemes,
      factors: content.tableFactors,
      checklists: checklistTitles(content, table1LinkedIds(content, 'checklists')),
      listed: listed ?? NONE_LISTED,
    }),
    [content, listed],
  );
}
