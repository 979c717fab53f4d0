import { useLiveQuery } from 'dexie-react-hooks';
import { useMemo } from 'react';
import { useContent } from '../../../data/content';
import { listFollowUps } from '../data/list-follow-ups';
import { referralContent } from '../referral-content';

/** Follow-ups due on `today` (local `YYYY-MM-DD`), with the schemes they name; undefined while loading. */
export function useFollowUps(today: string) {
  const content = useContent();
  const due = useLiveQuery(() => listFollowUps(today), [today]);
  return useMemo(() => {
    if (!due) return undefined;
    const schemeIds = due.flatMap((item) => (item.kind === 'referral' ? [item.schemeId] : []));
    return { due, schemes: referralContent(content, schemeIds, []).schemes };
  }, [due, content]);
}
