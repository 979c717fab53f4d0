import { useCallback, useEffect, useState } from 'react';
import type { SyncFailure } from '../../../data/team/classify-failure';
import type { JoinCode } from '../../../data/team-sync/join-link';
import type { MeResponse } from '../../../shared/protocol/protocol';
import { checkJoinCode } from '../../../data/team-sync/team-membership';

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
  const state = answer?.key === key ? answer.state : CHECKING;
  // Issue #15: a link opened with no network asks again by itself as soon as the phone is back online.
  const offline = state.phase === 'failed' && state.failure.kind === 'offline';
  useOnline(offline, retry);
  return { state, retry };
}

/** Calls `then` on the browser's 'online' event while `waiting`. */
export function useOnline(waiting: boolean, then: () => void): void {
  useEffect(() => {
    if (!waiting) return;
    window.addEventListener('online', then);
    return () => window.removeEventListener('online', then);
  }, [waiting, then]);
}
