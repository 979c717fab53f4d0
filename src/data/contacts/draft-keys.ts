/** Draft keys of the contactDrafts table: one draft for a new contact, one per contact being edited. */
export const NEW_DRAFT_KEY = 'new';

export function editDraftKey(id: string): string {
  return `edit:${id}`;
}
