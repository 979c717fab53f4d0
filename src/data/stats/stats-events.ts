/**
 * "A statistics report was stored or the stored ones were cleared": the stats module announces its own changes,
 * like the contact store does (src/data/contacts/contact-events.ts), so anything that shows "last loaded at"
 * outside a live query (a header, another view) can follow without polling. A window event: one tab's business.
 */
export const STATS_CHANGED_EVENT = 'limits:stats-changed';

/** Only the stats store calls this. */
export function announceStatsChange(): void {
  if (typeof window !== 'undefined') window.dispatchEvent(new CustomEvent(STATS_CHANGED_EVENT));
}

/** Calls `listener` after each change; returns the way to stop. */
export function onStatsChange(listener: () => void): () => void {
  window.addEventListener(STATS_CHANGED_EVENT, listener);
  return () => window.removeEventListener(STATS_CHANGED_EVENT, listener);
}
