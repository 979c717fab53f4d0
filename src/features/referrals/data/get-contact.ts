import { getContact as storeGet, type ContactRow } from '../../../db/contact-store';

export function getContact(id: string): Promise<ContactRow | undefined> {
  return storeGet(id);
}
