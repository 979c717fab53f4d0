import { countContacts as storeCount, type ContactQuery } from '../../../db/contact-store';

export function countContacts(query: Omit<ContactQuery, 'offset' | 'limit'>): Promise<number> {
  return storeCount(query);
}
