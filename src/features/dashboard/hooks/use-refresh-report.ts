/**
 * Asks the server for the report of the current query when the page opens, when the filters change and when
 * the device comes back online; "Refresh" asks again. What happened is kept as state the page says in words.
 */
import { useCallback, useEffect, useState } from 'react';
import { loadStats, type StatsLoad } from '../../../data/stats/load-stats';
import { statsKey } from '../../../data/stats/stats-key';
import { useOnline } from '../../../platform/pwa/use-online';
import type { StatsQuery } from '../../../shared/protocol/stats';

export type RefreshState = { loading: true } | { loading: false; outcome: StatsLoad | undefined };

export function useRefreshReport(query: StatsQuery | undefined, enabled: boolean) {
  const online = useOnline();
  const [asked, setAsked] = useState(0);
  const [answered, setAnswered] = useState<{ ticket: string; outcome: StatsLoad }>();
  // One ticket per request: only the answer to the current one counts (filters changed meanwhile make an older
  // answer irrelevant), and until it comes the page says it is loading.
  const ticket = query && enabled ? `${statsKey(query)}|${online}|${asked}` : undefined;

  useEffect(() => {
    if (!ticket || !query) return;
    let current = true;
    loadStats(query).then(
      (outcome) => current && setAnswered({ ticket, outcome }),
      (error: unknown) =>
        current &&
        setAnswered({
          ticket,
          outcome: {
            result: 'failed',
            failure: { kind: 'storage', key: 'errors.storage', retry: false, detail: String(error) },
          },
        }),
    );
    return () => {
      current = false;
    };
    // The ticket stands for the query: a new object with the same filters is the same request.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [ticket]);

  const refresh = useCallback(() => setAsked((count) => count + 1), []);
  const state: RefreshState =
    ticket && answered?.ticket !== ticket ? { loading: true } : { loading: false, outcome: answered?.outcome };
  return { state, refresh };
}
