import { useCallback, useEffect, useState } from 'react';
import type { SyncFailure } from '../../../sync/classify-failure';
import type { JoinCode } from '../../../sync/join-link';
import type { MeResponse } from '../../../sync/protocol';
import { checkJoinCode } from '../data/check-join-code';

export type JoinCheck =
  { phase: 'checking' } | { phase: 'ready'; me: MeResponse } | { phase: 'failed'; failure: SyncFailure };

const CHECKING: JoinCheck = { phase: 'checking' };

/** Asks the server which team a join code belongs to; `retry` asks again (e.g. once back online). */
export function useJoinCheck(serverUrl: string, code: JoinCode) {
  const [round, setRound] = useState(0);
  const [answer, setAnswer] = useState<{ key: string; state: JoinCheck } | undefined>();
  // Plain strings as effect dependencies: a re-render with an equal code object must not ask again.
  const { kind } = code;
  const secret = code.kind === 'invite' ? code.invite : code.token;
  const key = `${round} ${serverUrl} ${secret}`;
  useEffect(() => {
    let current = true;
    const asked: JoinCode = kind === 'invite' ? { kind, invite: secret } : { kind, token: secret };
    void checkJoinCode(serverUrl, asked).then((result) => {
      if (!current) return;
      setAnswer({
        key,
        state: result.ok ? { phase: 'ready', me: result.value } : { phase: 'failed', failure: result.failure },
      });
    });
    return () => {
      current = false;
    };
  }, [key, serverUrl, kind, secret]);
  const retry = useCallback(() => setRound((n) => n + 1), []);
  // An answer about another code (or an earlier try) does not count: still checking.
  return { state: answer?.key === key ? answer.state : CHECKING, retry };
}
