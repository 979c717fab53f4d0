import { clearDraft, resolveTakeServer as storeTake, type ContactRow } from './contact-store';
import { editDraftKey } from './draft-keys';

/** Conflict: the server's copy replaces the device's; an edit draft of the old version would now mislead. */
export async function resolveTakeServer(id: string): Promise<ContactRow> {
  const row = await storeTake(id);
  await clearDraft(editDraftKey(id));
  return row;
}
