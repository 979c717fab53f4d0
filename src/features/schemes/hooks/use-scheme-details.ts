import { useLiveQuery } from 'dexie-react-hooks';
import { useContentLanguage } from '../../../lib/content-language';
import type { SchemeRow } from '../../../db/rows';
import { getScheme } from '../data/get-scheme';
import { listSectionRefs, type SectionRef } from '../data/list-section-refs';

export interface SchemeDetails {
  scheme: SchemeRow;
  sections: SectionRef[];
}

/** A scheme with its guide sections. undefined while loading, null when there is no such scheme. */
export function useSchemeDetails(id: string): SchemeDetails | null | undefined {
  const lang = useContentLanguage();
  return useLiveQuery(async () => {
    const scheme = await getScheme(id, lang);
    if (!scheme) return null;
    return { scheme, sections: await listSectionRefs(scheme.sections, lang) };
  }, [id, lang]);
}
