import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { routes } from '../../../lib/routes';
import { leaveTeam } from '../data/leave-team';
import { useUnsyncedSummary } from '../hooks/use-unsynced-summary';

/**
 * "Leave the team", confirmed; with unsynced contacts, says how many and offers the export first ([S41]).
 * Leaving forgets the token and the sync history, never a contact.
 */
export function LeaveTeam({ team, onLeft }: { team: string; onLeft: () => void }) {
  const { t } = useTranslation('sync');
  const summary = useUnsyncedSummary();
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
  return (
    <div className="callout sync-leave" role="group" aria-labelledby="leave-title">
      <h3 id="leave-title">{t('leave.title', { team })}</h3>
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
        <button type="button" className="button button--primary" onClick={() => setConfirming(false)}>
          {t('leave.cancel')}
        </button>
      </div>
    </div>
  );
}
