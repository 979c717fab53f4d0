import { unsyncedSummary, type UnsyncedSummary } from '../../../db/contact-store';

export type { UnsyncedSummary };

/** Pending and flagged contacts, and how many have been unsynced since before `staleBefore`. */
export function getUnsyncedSummary(staleBefore?: string): Promise<UnsyncedSummary> {
  return unsyncedSummary(staleBefore);
}
