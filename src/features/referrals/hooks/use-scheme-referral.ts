import { useLiveQuery } from 'dexie-react-hooks';
import { useContentLanguage } from '../../../lib/content-language';
import { getReferralChecklist } from '../data/get-referral-checklist';
import { listReferralContent } from '../data/list-referral-content';

/** The scheme and its referral checklist; undefined while loading, null when the scheme has no checklist. */
export function useSchemeReferral(schemeId: string) {
  const lang = useContentLanguage();
  return useLiveQuery(async () => {
    const checklist = await getReferralChecklist(schemeId, lang);
    if (!checklist) return null;
    const scheme = (await listReferralContent([schemeId], [], lang)).schemes.get(schemeId);
    return scheme ? { scheme, checklist } : null;
  }, [schemeId, lang]);
}
