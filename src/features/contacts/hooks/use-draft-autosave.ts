import { useCallback, useRef, useState } from 'react';
import { clearDraft, saveDraft } from '../../../data/contacts/contact-store';
import type { ContactFormValues } from '../../../data/contacts/form-values';

/**
 * Saves the form on every change. Writes go one after the other, so an older value never lands after a
 * newer one, and clearing waits for the writes in flight (a late write would bring a saved draft back).
 */
export function useDraftAutosave(key: string) {
  const queue = useRef<Promise<void>>(Promise.resolve());
  const [failed, setFailed] = useState(false);

  const enqueue = useCallback((task: () => Promise<void>) => {
    const next = queue.current.then(task).then(
      () => setFailed(false),
      (error: unknown) => {
        console.error(error);
        setFailed(true);
      },
    );
    queue.current = next;
    return next;
  }, []);

  // The spread turns the form's interface into a plain record, the shape the store keeps.
  const save = useCallback((values: ContactFormValues) => enqueue(() => saveDraft(key, { ...values })), [enqueue, key]);
  const clear = useCallback(() => enqueue(() => clearDraft(key)), [enqueue, key]);

  return { save, clear, failed };
}
