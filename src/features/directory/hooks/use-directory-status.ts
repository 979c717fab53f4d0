import { useLiveQuery } from 'dexie-react-hooks';
import { getDirectoryStatus } from '../data/get-directory-status';

/** Team role and the team directory's version, live (a sync or a publication updates it). */
export function useDirectoryStatus() {
  return useLiveQuery(getDirectoryStatus, []);
}
