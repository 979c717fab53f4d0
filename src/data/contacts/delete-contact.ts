import { clearDraft, deleteContact as storeDelete, type ContactRow } from './contact-store';
import { editDraftKey } from './draft-keys';

/** Deletes as a tombstone that syncs ([S16]); an edit draft of the contact goes with it. */
export async function deleteContact(id: string): Promise<ContactRow> {
  const row = await storeDelete(id);
  await clearDraft(editDraftKey(id));
  return row;
}
