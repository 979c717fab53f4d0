import { updateContactBody, type ContactRow } from '../../../db/contact-store';
import type { ContactBody } from '../../../sync/protocol';
import { announceContactChange } from '../referral-events';

/**
 * Applies one referral change to the stored contact as a new revision ([S82]) and tells the sync client.
 * `change` is one of the pure functions of referral-ops.ts, bound to its arguments.
 */
export async function changeReferral(contactId: string, change: (body: ContactBody) => ContactBody): Promise<ContactRow> {
  const row = await updateContactBody(contactId, change);
  announceContactChange();
  return row;
}
