import { useLiveQuery } from 'dexie-react-hooks';
import { useContentLanguage } from '../../../lib/content-language';
import { getContact } from '../data/get-contact';
import { listReferralContent } from '../data/list-referral-content';
import { referralsOf } from '../referral-ops';

/**
 * A contact's referrals with the schemes and checklists they name, live (a tick shows once stored). undefined
 * while loading, null when the contact is missing or deleted.
 */
export function useContactReferrals(contactId: string) {
  const lang = useContentLanguage();
  return useLiveQuery(async () => {
    const row = await getContact(contactId);
    if (!row || row.deleted || !row.body) return null;
    const referrals = referralsOf(row.body);
    const content = await listReferralContent(
      referrals.map((referral) => referral.schemeId),
      referrals.map((referral) => referral.checklistId),
      lang,
    );
    return { row, referrals, content };
  }, [contactId, lang]);
}
