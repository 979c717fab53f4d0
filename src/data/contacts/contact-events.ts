/**
 * "A contact changed on this device and waits to be sent": the one signal the outbox listens to
 * (src/data/team-sync/sync-triggers.ts). The contact store fires it itself after every write that leaves a row
 * pending (contact-store.ts, writeContact), so no caller has to remember it and a new writer cannot forget it.
 * A window event: every writer and the listener share the tab, and nothing else needs to know about either.
 */
export const CONTACT_CHANGED_EVENT = 'limits:contact-saved';

/** Only the contact store calls this. */
export function announceContactChange(): void {
  if (typeof window !== 'undefined') window.dispatchEvent(new CustomEvent(CONTACT_CHANGED_EVENT));
}

/** Calls `listener` after each change; returns the way to stop. */
export function onContactChange(listener: () => void): () => void {
  window.addEventListener(CONTACT_CHANGED_EVENT, listener);
  return () => window.removeEventListener(CONTACT_CHANGED_EVENT, listener);
}
