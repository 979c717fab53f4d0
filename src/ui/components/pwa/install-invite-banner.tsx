/**
 * The install invitation (src/platform/pwa/install-invite.ts decides when): one line, two buttons, floating above the
 * bottom bar and gone for a month on "Not now". Where the browser offers no prompt (iOS Safari) it leads to the
 * settings' step-by-step instructions instead.
 */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { routes } from '../../../shared/routes';
import { dismissInvite } from '../../../platform/pwa/install-invite';
import { promptInstall } from '../../../platform/pwa/install-prompt';

interface Props {
  /** No browser prompt: show the way to the manual steps. */
  manual: boolean;
  onClose: () => void;
}

export default function InstallInviteBanner({ manual, onClose }: Props) {
  const { t } = useTranslation();
  const [failed, setFailed] = useState(false);

  const later = () => {
    dismissInvite();
    onClose();
  };
  const install = () => {
    promptInstall().then(
      (outcome) => {
        if (outcome === 'unavailable') return setFailed(true);
        // Refused in the browser's own dialog: that is a "not now" too.
        if (outcome === 'dismissed') dismissInvite();
        onClose();
      },
      () => setFailed(true),
    );
  };

  return (
    <section className="banner banner--info install-invite" aria-labelledby="install-invite-title">
      <p id="install-invite-title" className="install-invite__title">
        {t('install.invite.title')}
      </p>
      <p className="install-invite__body">{t('install.invite.body')}</p>
      {failed && (
        <p className="error-text" role="alert">
          {t('install.failed')}
        </p>
      )}
      <div className="banner__actions">
        {manual ? (
          <Link className="button button--primary" to={`${routes.settings()}#install-app-title`} onClick={later}>
            {t('install.invite.how')}
          </Link>
        ) : (
          <button type="button" className="button button--primary" onClick={install}>
            {t('install.invite.install')}
          </button>
        )}
        <button type="button" className="button" onClick={later}>
          {t('install.invite.later')}
        </button>
      </div>
    </section>
  );
}
