import { useMemo } from 'react';
import {
  schemeLabelOf,
  sectionRefsInOrderGiven,
  table1ChecklistTitles,
  table1LinkedIds,
  useContent,
  type SectionRef,
} from '../../../data/content';

/** Table 1 of the page's language with the labels of everything its responses link to. */
export function useTable1() {
  const content = useContent();
  return useMemo(() => {
    const sections = new Map<string, SectionRef>(
      sectionRefsInOrderGiven(content, table1LinkedIds(content, 'sections')).map((section) => [section.id, section]),
    );
    // Named in the content's language (the English table names schemes in English).
    const schemes = new Map<string, string>();
    for (const id of table1LinkedIds(content, 'schemes')) {
      const scheme = content.schemesById.get(id);
      if (scheme) schemes.set(id, schemeLabelOf(scheme, content.lang).label);
    }
    return {
      meta: { title: content.table1Title, intro: content.table1Intro },
      factors: content.tableFactors,
      sections,
      schemes,
      checklists: table1ChecklistTitles(content),
    };
  }, [content]);
}
