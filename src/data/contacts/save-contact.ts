import { saveContact as storeContact, type ContactRow } from './contact-store';
import type { ContactBody } from '../../shared/protocol/protocol';

/**
 * Saves a new contact (no id) or a new revision of one (the store tells the sync client). The performance marks
 * time the storage write alone (scripts/bench/contacts-browser.ts reads the "contact-save" measure).
 */
export async function saveContact(body: ContactBody, id?: string): Promise<ContactRow> {
  performance.mark('contact-save-start');
  const row = await storeContact(body, id);
  performance.mark('contact-save-end');
  performance.measure('contact-save', 'contact-save-start', 'contact-save-end');
  return row;
}
