import { useLiveQuery } from 'dexie-react-hooks';
import { useContentLanguage } from '../../../lib/content-language';
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
  const lang = useContentLanguage();
  return useLiveQuery(async () => {
    const term = await getTerm(id, lang);
    if (!term) return null;
    const [related, sections] = await Promise.all([getTerms(term.related, lang), listSectionRefs(term.sections, lang)]);
    return { term, related, sections };
  }, [id, lang]);
}
