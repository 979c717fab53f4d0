import { updateContactBody, type ContactRow } from '../contact-store';
import type { ContactBody } from '../../../shared/protocol/protocol';

/**
 * Applies one referral change to the stored contact as a new revision ([S82]); the store tells the sync client.
 * `change` is one of the pure functions of referral-ops.ts, bound to its arguments.
 */
export async function changeReferral(contactId: string, change: (body: ContactBody) => ContactBody): Promise<ContactRow> {
  return updateContactBody(contactId, change);
}
