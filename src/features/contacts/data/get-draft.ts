import { getDraft as storeDraft, type ContactDraftRow } from '../../../db/contact-store';

export function getDraft(key: string): Promise<ContactDraftRow | undefined> {
  return storeDraft(key);
}
