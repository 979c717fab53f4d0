import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'react-router';
import { routes } from '../../../shared/routes';
import { formatDateTime } from '../format-time';
import { useSyncStatus } from '../hooks/use-sync-status';
import { JoinForm } from './join-form';
import { LeaveTeam } from './leave-team';
import { SyncFacts } from './sync-facts';
import { SyncStatusView } from './sync-status-view';
import '../sync.css';

/** Settings → Team (`/settings#team`): the joined team, the sync panel, joining and leaving. */
export function TeamPanel() {
  const { t, i18n } = useTranslation('sync');
  const status = useSyncStatus();
  const [left, setLeft] = useState(false);
  const { hash } = useLocation();
  const ref = useRef<HTMLElement>(null);

  // Links from the header and the notices point here: bring the block into view once it has content.
  useEffect(() => {
    if (hash === '#team' && status.loaded) ref.current?.scrollIntoView?.({ block: 'start' });
  }, [hash, status.loaded]);

  const { team } = status;
  return (
    <section id="team" ref={ref} className="sync-team" aria-labelledby="team-title">
      <h2 id="team-title">{t('team.title')}</h2>
      <p>{t('team.intro')}</p>
      <div role="status">{left && !team && <p>{t('leave.done')}</p>}</div>
      {status.loaded && team && (
        <>
          <SyncFacts
            items={[
              { label: t('team.facts.team'), value: team.team },
              { label: t('team.facts.role'), value: t(`team.roles.${team.role}`) },
              { label: t('team.facts.label'), value: team.label },
              { label: t('team.facts.server'), value: team.serverUrl },
              { label: t('team.facts.joinedAt'), value: formatDateTime(team.joinedAt, i18n.language) },
            ]}
          />
          {team.role === 'coordinator' && (
            <p className="sync-dashboard-link">
              <Link to={routes.dashboard()}>{t('team.dashboard')}</Link> {t('team.dashboardText')}
            </p>
          )}
          <SyncStatusView status={status} />
          <LeaveTeam team={team.team} onLeft={() => setLeft(true)} />
        </>
      )}
      {status.loaded && !team && <p>{t('team.notJoined')}</p>}
      {status.loaded && <JoinForm />}
    </section>
  );
}
