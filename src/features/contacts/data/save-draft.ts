import { saveDraft as storeDraft } from '../../../db/contact-store';
import type { ContactFormValues } from '../form-values';

/** Stores the form as typed (called on every change). */
export function saveDraft(key: string, values: ContactFormValues): Promise<void> {
  return storeDraft(key, { ...values });
}
