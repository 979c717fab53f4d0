import { useEffect, useState } from 'react';
import type { ContactDraftRow } from '../../../data/contacts/contact-store';
import { getDraft } from '../../../data/contacts/contact-store';

/**
 * The draft stored under `key` when the form opens: read once (not live), since the form's own autosaves
 * must not reset what is being typed. undefined while loading, null when there is none.
 */
export function useStoredDraft(key: string): ContactDraftRow | null | undefined {
  const [draft, setDraft] = useState<{ key: string; row: ContactDraftRow | null }>();
  useEffect(() => {
    let live = true;
    getDraft(key).then(
      (row) => live && setDraft({ key, row: row ?? null }),
      (error: unknown) => {
        // An unreadable draft must not keep the form from opening: start from a blank form.
        console.error(error);
        if (live) setDraft({ key, row: null });
      },
    );
    return () => {
      live = false;
    };
  }, [key]);
  return draft?.key === key ? draft.row : undefined;
}
