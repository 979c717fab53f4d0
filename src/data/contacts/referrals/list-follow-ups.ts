import { listRecentlyChanged } from '../contact-store';
import { dueFollowUps, type FollowUp } from './follow-ups';

/**
 * [S85] How many recently changed contacts are read. Follow-up dates live inside contact bodies (and will be
 * encrypted with them), so no index can find them: a bounded scan of the latest changes, about 100 ms for
 * 2 000 contacts on a mid-range phone. A follow-up is set by a change, so it is among them unless 2 000 other
 * contacts changed since.
 */
export const FOLLOW_UP_SCAN = 2000;

export async function listFollowUps(today: string): Promise<FollowUp[]> {
  return dueFollowUps(await listRecentlyChanged(FOLLOW_UP_SCAN), today);
}
