import { listContacts, type ContactRow } from '../../../db/contact-store';

/** The latest contacts, newest first (occurredAt index), to attach a referral to. */
export function listRecentContacts(limit: number): Promise<ContactRow[]> {
  return listContacts({ limit });
}
