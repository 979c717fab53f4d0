import { clearDraft, deleteContact as storeDelete, type ContactRow } from '../../../db/contact-store';
import { announceContactChange } from '../contact-events';
import { editDraftKey } from '../draft-keys';

/** Deletes as a tombstone that syncs ([S16]); an edit draft of the contact goes with it. */
export async function deleteContact(id: string): Promise<ContactRow> {
  const row = await storeDelete(id);
  await clearDraft(editDraftKey(id));
  announceContactChange();
  return row;
}
