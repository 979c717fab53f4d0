import { useCallback, useEffect, useState } from 'react';
import type { SyncFailure } from '../../../sync/classify-failure';
import type { MeResponse } from '../../../sync/protocol';
import { checkJoinToken } from '../data/check-join-token';

export type JoinCheck =
  { phase: 'checking' } | { phase: 'ready'; me: MeResponse } | { phase: 'failed'; failure: SyncFailure };

const CHECKING: JoinCheck = { phase: 'checking' };

/** Asks the server which team a join code belongs to; `retry` asks again (e.g. once back online). */
export function useJoinCheck(serverUrl: string, token: string) {
  const [round, setRound] = useState(0);
  const [answer, setAnswer] = useState<{ key: string; state: JoinCheck } | undefined>();
  const key = `${round} ${serverUrl} ${token}`;
  useEffect(() => {
    let current = true;
    void checkJoinToken(serverUrl, token).then((result) => {
      if (!current) return;
      setAnswer({
        key,
        state: result.ok ? { phase: 'ready', me: result.value } : { phase: 'failed', failure: result.failure },
      });
    });
    return () => {
      current = false;
    };
  }, [key, serverUrl, token]);
  const retry = useCallback(() => setRound((n) => n + 1), []);
  // An answer about another code (or an earlier try) does not count: still checking.
  return { state: answer?.key === key ? answer.state : CHECKING, retry };
}
