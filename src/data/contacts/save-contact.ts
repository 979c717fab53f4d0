import { saveContact as storeContact, saveContactForm as storeContactForm, type ContactRow } from './contact-store';
import type { ContactBody } from '../../shared/protocol/protocol';

/**
 * Saves a new contact (no id) or a new revision of one (the store tells the sync client). The performance marks
 * time the storage write alone (scripts/bench/contacts-browser.ts reads the "contact-save" measure).
 */
export function saveContact(body: ContactBody, id?: string): Promise<ContactRow> {
  return measured(() => storeContact(body, id));
}

/** The form's save over a stored contact: its referrals are the stored ones at that moment (storeContactForm). */
export function saveContactForm(body: ContactBody, id: string): Promise<ContactRow> {
  return measured(() => storeContactForm(body, id));
}

async function measured(write: () => Promise<ContactRow>): Promise<ContactRow> {
  performance.mark('contact-save-start');
  const row = await write();
  performance.mark('contact-save-end');
  performance.measure('contact-save', 'contact-save-start', 'contact-save-end');
  return row;
}
