import { useLiveQuery } from 'dexie-react-hooks';
import { useMemo } from 'react';
import { useContent } from '../../content';
import { getContact } from '../contact-store';
import { referralContent } from '../../content/referral-content';
import { referralsOf } from '../../../shared/contacts/referral-ops';

/**
 * A contact's referrals with the schemes and checklists they name, live (a tick shows once stored). undefined
 * while loading, null when the contact is missing or deleted.
 */
export function useContactReferrals(contactId: string) {
  const content = useContent();
  // The answer carries its id: useLiveQuery keeps the previous answer while it reads a new contact.
  const read = useLiveQuery(async () => ({ contactId, row: await getContact(contactId) }), [contactId]);
  return useMemo(() => {
    if (!read || read.contactId !== contactId) return undefined;
    const { row } = read;
    if (!row || row.deleted || !row.body) return null;
    const referrals = referralsOf(row.body);
    const named = referralContent(
      content,
      referrals.map((referral) => referral.schemeId),
      referrals.map((referral) => referral.checklistId),
    );
    return { row, referrals, content: named };
  }, [read, contactId, content]);
}
