/**
 * A referral change is a contact change: the sync client listens for this window event ([S64]) and sends the new
 * revision. The name is the one src/sync/sync-triggers.ts listens to; a DOM event keeps features apart.
 */
const CONTACT_SAVED_EVENT = 'limits:contact-saved';

export function announceContactChange(): void {
  window.dispatchEvent(new CustomEvent(CONTACT_SAVED_EVENT));
}
