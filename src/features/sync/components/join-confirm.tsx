import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { routes } from '../../../shared/routes';
import type { SyncFailure } from '../../../data/team/classify-failure';
import type { JoinCode } from '../../../data/team-sync/join-link';
import { joinTeam } from '../../../data/team-sync/join-team';
import { useJoinCheck, useOnline } from '../hooks/use-join-check';
import { useSyncStatus } from '../hooks/use-sync-status';
import { useUnsyncedSummary } from '../../../data/team-sync/use-unsynced-summary';

interface JoinConfirmProps {
  serverUrl: string;
  code: JoinCode;
  /** Heading level of the question, to fit the page it is on. */
  headingLevel: 2 | 3;
  onCancel: () => void;
  onJoined?: () => void;
}

/**
 * "Join team X as worker (label)?" from the server's own answer about the code ([S32]), with the server shown
 * (and a warning when it is not the app's own), then stores the settings on confirmation.
 */
export function JoinConfirm({ serverUrl, code, headingLevel, onCancel, onJoined }: JoinConfirmProps) {
  const { t } = useTranslation('sync');
  const { state, retry } = useJoinCheck(serverUrl, code);
  const status = useSyncStatus();
  const summary = useUnsyncedSummary();
  const [join, setJoin] = useState<'idle' | 'saving' | 'joined' | 'failed'>('idle');
  // The server refused the exchange ([S94]: the invite was used or expired meanwhile) or could not be reached.
  const [refused, setRefused] = useState<SyncFailure>();
  const Heading = `h${headingLevel}` as const;
  const me = state.phase === 'ready' ? state.me : undefined;

  const confirm = useCallback(async () => {
    if (!me) return;
    setJoin('saving');
    setRefused(undefined);
    try {
      const answer = await joinTeam(serverUrl, code, me);
      if (!answer.ok) {
        setRefused(answer.failure);
        setJoin('idle');
        return;
      }
      setJoin('joined');
      onJoined?.();
    } catch {
      setJoin('failed');
    }
  }, [me, serverUrl, code, onJoined]);
  // Confirmed with no network (issue #15): the exchange resumes by itself once the phone is back online.
  const resume = useCallback(() => void confirm(), [confirm]);
  useOnline(refused?.kind === 'offline', resume);

  if (join === 'joined' && state.phase === 'ready') {
    return (
      <div>
        <p role="status">{t('join.joined', { team: state.me.team })}</p>
        <p>
          <Link to={routes.team()}>{t('join.seeStatus')}</Link>
        </p>
      </div>
    );
  }
  if (state.phase === 'checking') return <p role="status">{t('join.checking')}</p>;
  if (state.phase === 'failed') {
    // No network is not an error to explain: say what happens next, not the browser's "Failed to fetch".
    const offline = state.failure.kind === 'offline';
    return (
      <div role="alert">
        {offline ? (
          <p className="sync-warning">{t('join.offline')}</p>
        ) : (
          <>
            <p className="error-text">{t('join.cannotCheck')}</p>
            <p>{t(state.failure.key)}</p>
            {state.failure.detail && <p className="banner__detail">{state.failure.detail}</p>}
          </>
        )}
        <div className="banner__actions">
          <button type="button" className="button button--primary" onClick={retry}>
            {t('join.retry')}
          </button>
          <button type="button" className="button" onClick={onCancel}>
            {t('join.cancel')}
          </button>
        </div>
      </div>
    );
  }

  const current = status.team;
  const pending = summary ? summary.pending + summary.flagged : 0;
  return (
    <div className="sync-join" role="group" aria-labelledby="join-question">
      <Heading id="join-question" className="sync-join__question">
        {t('join.question', { team: state.me.team, role: t(`team.roles.${state.me.role}`), label: state.me.label })}
      </Heading>
      <p>{t('join.server', { server: serverUrl })}</p>
      {serverUrl !== window.location.origin && <p className="sync-warning">{t('join.otherServer')}</p>}
      {current && <p className="sync-warning">{t('join.replaces', { team: current.team })}</p>}
      {current && pending > 0 && <p>{t('join.pendingMove', { count: pending })}</p>}
      {refused &&
        (refused.kind === 'offline' ? (
          <p className="sync-warning" role="alert">
            {t('join.offline')}
          </p>
        ) : (
          <div role="alert">
            <p className="error-text">{t(refused.key)}</p>
            {refused.detail && <p className="banner__detail">{refused.detail}</p>}
          </div>
        ))}
      {join === 'failed' && (
        <p className="error-text" role="alert">
          {t('join.saveFailed')}
        </p>
      )}
      <div className="banner__actions">
        <button
          type="button"
          className="button button--primary"
          disabled={join === 'saving'}
          onClick={() => void confirm()}
        >
          {t('join.confirm')}
        </button>
        <button type="button" className="button" onClick={onCancel}>
          {t('join.cancel')}
        </button>
      </div>
    </div>
  );
}
