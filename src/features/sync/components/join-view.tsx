import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { routes } from '../../../shared/routes';
import type { JoinInput } from '../../../data/team-sync/join-link';
import { forgetJoinFragment } from '../join-fragment';
import { JoinConfirm } from './join-confirm';
import '../sync.css';

/** The /join page: what a coordinator's join link opens. */
export function JoinView({ input }: { input: JoinInput | undefined }) {
  const { t } = useTranslation('sync');
  const navigate = useNavigate();
  const cancel = () => {
    forgetJoinFragment();
    void navigate(routes.team());
  };
  return (
    <div className="sync-join-page">
      <h1>{t('join.title')}</h1>
      <p className="lead">{t('join.intro')}</p>
      {input?.ok ? (
        <JoinConfirm
          serverUrl={input.serverUrl}
          code={input.code}
          headingLevel={2}
          onCancel={cancel}
          onJoined={forgetJoinFragment}
        />
      ) : (
        <div role="alert">
          <p className="error-text">{t(input ? input.key : 'join.missing')}</p>
          <p>
            <Link to={routes.team()}>{t('join.pasteInstead')}</Link>
          </p>
        </div>
      )}
    </div>
  );
}
