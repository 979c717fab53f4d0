import { useMemo } from 'react';
import { checklistTitles, table1LinkedIds, useContent, type SectionRef } from '../../../data/content';

/** Table 1 of the page's language with the labels of everything its responses link to. */
export function useTable1() {
  const content = useContent();
  return useMemo(() => {
    const sections = new Map<string, SectionRef>();
    for (const id of table1LinkedIds(content, 'sections')) {
      const section = content.sectionsById.get(id);
      if (section) sections.set(id, { id, number: section.number, title: section.title });
    }
    // Acronym when there is one (CEJ, TAPAJ), else the name in the content's language.
    const schemes = new Map<string, string>();
    for (const id of table1LinkedIds(content, 'schemes')) {
      const scheme = content.schemesById.get(id);
      if (scheme) schemes.set(id, scheme.acronym ?? (content.lang === 'fr' ? scheme.nameFr : scheme.nameEn));
    }
    return {
      meta: { title: content.table1Title, intro: content.table1Intro },
      factors: content.tableFactors,
      sections,
      schemes,
      checklists: checklistTitles(content, table1LinkedIds(content, 'checklists')),
    };
  }, [content]);
}
