import { useMemo } from 'react';
import { sectionRefsInOrderGiven, useContent } from '../../../data/content';

/** A checklist and the guide sections it comes from (in the checklist's order); null when there is none. */
export function useChecklist(id: string) {
  const content = useContent();
  return useMemo(() => {
    const checklist = content.checklistsById.get(id);
    return checklist ? { checklist, sections: sectionRefsInOrderGiven(content, checklist.sections) } : null;
  }, [content, id]);
}
