import { useMemo } from 'react';
import { sectionRefsInReadingOrder, useContent, type SchemeRow, type SectionRef } from '../../../data/content';

export interface SchemeDetails {
  scheme: SchemeRow;
  sections: SectionRef[];
}

/** A scheme with its guide sections; null when there is no such scheme. */
export function useSchemeDetails(id: string): SchemeDetails | null {
  const content = useContent();
  return useMemo(() => {
    const scheme = content.schemesById.get(id);
    return scheme ? { scheme, sections: sectionRefsInReadingOrder(content, scheme.sections) } : null;
  }, [content, id]);
}
