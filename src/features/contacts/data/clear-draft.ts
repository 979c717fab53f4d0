import { clearDraft as storeClear } from '../../../db/contact-store';

export function clearDraft(key: string): Promise<void> {
  return storeClear(key);
}
