import { useLiveQuery } from 'dexie-react-hooks';
import { useContentLanguage } from '../../../lib/content-language';
import { listFollowUps } from '../data/list-follow-ups';
import { listReferralContent } from '../data/list-referral-content';

/** Follow-ups due on `today` (local `YYYY-MM-DD`), with the schemes they name; undefined while loading. */
export function useFollowUps(today: string) {
  const lang = useContentLanguage();
  return useLiveQuery(async () => {
    const due = await listFollowUps(today);
    const schemeIds = due.flatMap((item) => (item.kind === 'referral' ? [item.schemeId] : []));
    const { schemes } = await listReferralContent(schemeIds, [], lang);
    return { due, schemes };
  }, [today, lang]);
}
