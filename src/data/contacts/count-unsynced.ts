import { unsyncedSummary } from './contact-store';

/** Contacts not on the server yet (pending, refused or conflicting), from the clear sync state. */
export async function countUnsynced(): Promise<number> {
  const summary = await unsyncedSummary();
  return summary.pending + summary.flagged;
}
