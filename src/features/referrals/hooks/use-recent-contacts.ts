import { useLiveQuery } from 'dexie-react-hooks';
import { listRecentContacts } from '../data/list-recent-contacts';

/** The latest contacts, newest first; undefined while loading. */
export function useRecentContacts(limit: number) {
  return useLiveQuery(() => listRecentContacts(limit), [limit]);
}
