import { useLiveQuery } from 'dexie-react-hooks';
import type { TermRow } from '../../../db/rows';
import { getTerm } from '../data/get-term';
import { getTerms } from '../data/get-terms';
import { listSectionRefs, type SectionRef } from '../data/list-section-refs';

export interface TermDetails {
  term: TermRow;
  related: TermRow[];
  sections: SectionRef[];
}

/**
 * A term with its related terms and guide sections, in one query so the page renders at once.
 * undefined while loading, null when there is no such term.
 */
export function useTermDetails(id: string): TermDetails | null | undefined {
  return useLiveQuery(async () => {
    const term = await getTerm(id);
    if (!term) return null;
    const [related, sections] = await Promise.all([getTerms(term.related), listSectionRefs(term.sections)]);
    return { term, related, sections };
  }, [id]);
}
