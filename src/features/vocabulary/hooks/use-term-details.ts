import { useMemo } from 'react';
import {
  sectionRefsInReadingOrder,
  termsByIds,
  useContent,
  type SectionRef,
  type TermRow,
} from '../../../data/content';

export interface TermDetails {
  term: TermRow;
  related: TermRow[];
  sections: SectionRef[];
}

/** A term with its related terms and guide sections; null when there is no such term. */
export function useTermDetails(id: string): TermDetails | null {
  const content = useContent();
  return useMemo(() => {
    const term = content.termsById.get(id);
    if (!term) return null;
    return {
      term,
      related: termsByIds(content, term.related),
      sections: sectionRefsInReadingOrder(content, term.sections),
    };
  }, [content, id]);
}
