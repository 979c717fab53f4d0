import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { routes } from '../../../shared/routes';
import { leaveTeam } from '../../../data/team-sync/team-membership';
import { useNeedsUnlock } from '../../../data/team-sync/use-needs-unlock';
import { useUnsyncedSummary } from '../../../data/team-sync/use-unsynced-summary';

/**
 * "Leave the team", confirmed; with unsynced contacts, says how many and offers the export first ([S41]).
 * Leaving forgets the token and the sync history, never a contact. While the contacts are locked it waits for
 * the code (issue #15): the unsynced contacts could not be exported first, and the lock's notices ("unlock to
 * send") would be left speaking of a team the device no longer has.
 */
export function LeaveTeam({ team, onLeft }: { team: string; onLeft: () => void }) {
  const { t } = useTranslation('sync');
  const summary = useUnsyncedSummary();
  const needsUnlock = useNeedsUnlock();
  const [confirming, setConfirming] = useState(false);
  const [state, setState] = useState<'idle' | 'leaving' | 'failed'>('idle');
  const unsynced = summary ? summary.pending + summary.flagged : 0;

  const leave = async () => {
    setState('leaving');
    try {
      await leaveTeam();
      onLeft();
    } catch {
      setState('failed');
    }
  };

  if (!confirming) {
    return (
      <p>
        <button type="button" className="button" onClick={() => setConfirming(true)}>
          {t('leave.button')}
        </button>
      </p>
    );
  }
  const stay = (
    <button type="button" className="button button--primary" onClick={() => setConfirming(false)}>
      {t('leave.cancel')}
    </button>
  );
  return (
    <div className="callout sync-leave" role="group" aria-labelledby="leave-title">
      <h3 id="leave-title">{t('leave.title', { team })}</h3>
      {needsUnlock ? (
        <>
          <p className="sync-warning">{t('leave.locked')}</p>
          <p>
            <Link to={routes.contacts()}>{t('leave.unlock')}</Link>
          </p>
          <div className="banner__actions">{stay}</div>
        </>
      ) : (
        <>
          <p>{t('leave.body')}</p>
          {unsynced > 0 && (
            <>
              <p className="sync-warning">{t('leave.unsynced', { count: unsynced })}</p>
              <p>
                <Link to={routes.contacts()}>{t('leave.export')}</Link>
              </p>
            </>
          )}
          {state === 'failed' && (
            <p className="error-text" role="alert">
              {t('leave.failed')}
            </p>
          )}
          <div className="banner__actions">
            <button type="button" className="button" disabled={state === 'leaving'} onClick={() => void leave()}>
              {t('leave.confirm')}
            </button>
            {stay}
          </div>
        </>
      )}
    </div>
  );
}
