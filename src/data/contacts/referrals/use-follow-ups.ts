import { useLiveQuery } from 'dexie-react-hooks';
import { listFollowUps } from './list-follow-ups';

/** Follow-ups due on `today` (local `YYYY-MM-DD`), oldest first; undefined while loading. */
export function useFollowUps(today: string) {
  return useLiveQuery(() => listFollowUps(today), [today]);
}
