import { saveContact, updateContactBody } from '../contact-store';
import type { ContactBody } from '../../../shared/protocol/protocol';
import { addReferral } from '../../../shared/contacts/referral-ops';

export interface StartedReferral {
  contactId: string;
  referralId: string;
}

/**
 * [S83] Starts a referral to a scheme on an existing contact (a new revision of it), or on a new contact dated
 * `occurredAt` with the scheme among its suggested schemes. An open referral to the same scheme is reused.
 */
export async function startReferral(options: {
  schemeId: string;
  checklistId: string;
  /** An existing contact; none for a new one. */
  contactId?: string;
  /** ISO date-time of the new contact (the device's now, with its offset). */
  occurredAt: string;
}): Promise<StartedReferral> {
  const at = new Date().toISOString();
  let referralId = '';
  let contactId = options.contactId;
  if (contactId) {
    await updateContactBody(contactId, (body) => {
      const added = addReferral(body, options.schemeId, options.checklistId, at);
      referralId = added.referral.id;
      return added.body;
    });
  } else {
    const empty: ContactBody = {
      schemaVersion: 1,
      occurredAt: options.occurredAt,
      ageBands: [],
      topics: [],
      signals: [],
      schemes: [],
    };
    const added = addReferral(empty, options.schemeId, options.checklistId, at);
    referralId = added.referral.id;
    contactId = (await saveContact(added.body)).id;
  }
  return { contactId, referralId };
}
