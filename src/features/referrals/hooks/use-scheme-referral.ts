import { useMemo } from 'react';
import { referralChecklistOf, useContent } from '../../../data/content';
import { referralContent } from '../../../data/content/referral-content';

/** The scheme and its referral checklist; null when the scheme has no checklist. */
export function useSchemeReferral(schemeId: string) {
  const content = useContent();
  return useMemo(() => {
    const checklist = referralChecklistOf(content, schemeId);
    if (!checklist) return null;
    const scheme = referralContent(content, [schemeId], []).schemes.get(schemeId);
    return scheme ? { scheme, checklist } : null;
  }, [content, schemeId]);
}
