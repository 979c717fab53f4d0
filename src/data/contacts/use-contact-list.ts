import { useLiveQuery } from 'dexie-react-hooks';
import type { ContactQuery } from './contact-store';
import { countContacts, listContacts } from './contact-queries';

type Filter = Omit<ContactQuery, 'offset' | 'limit'>;

/**
 * The first `limit` contacts matching the filter, newest first; undefined while loading. The count is a
 * separate query so the rows never wait for it (counting visits every matching row: ~10 000 on a busy device).
 */
export function useContactRows(filter: Filter, limit: number) {
  const { from, to, kind, syncState } = filter;
  return useLiveQuery(
    () => listContacts({ from, to, kind, syncState, offset: 0, limit }),
    [from, to, kind, syncState, limit],
  );
}

/** `enabled`: false until the rows are on screen, so the count (a full scan) never delays the first rows. */
export function useContactCount(filter: Filter, enabled: boolean) {
  const { from, to, kind, syncState } = filter;
  return useLiveQuery(
    () => (enabled ? countContacts({ from, to, kind, syncState }) : undefined),
    [from, to, kind, syncState, enabled],
  );
}
