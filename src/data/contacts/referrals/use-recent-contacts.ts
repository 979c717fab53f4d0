import { useLiveQuery } from 'dexie-react-hooks';
import { listContacts } from '../contact-queries';

/** The latest contacts, newest first (occurredAt index), to attach a referral to; undefined while loading. */
export function useRecentContacts(limit: number) {
  return useLiveQuery(() => listContacts({ limit }), [limit]);
}
