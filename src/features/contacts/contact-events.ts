/**
 * Tells the rest of the app (the sync client, in another feature) that a contact changed on this device. A
 * DOM event rather than an import: features never import each other.
 */
export const CONTACT_SAVED_EVENT = 'limits:contact-saved';

export function announceContactChange(): void {
  window.dispatchEvent(new CustomEvent(CONTACT_SAVED_EVENT));
}
