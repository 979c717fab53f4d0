import { listContacts as storeList, type ContactQuery, type ContactRow } from '../../../db/contact-store';

/** One page of the list, newest first, through the occurredAt index. */
export function listContacts(query: ContactQuery): Promise<ContactRow[]> {
  return storeList(query);
}
