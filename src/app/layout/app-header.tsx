import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useOnline } from '../../pwa/use-online';
import { routes } from '../../lib/routes';

export function AppHeader() {
  const { t } = useTranslation();
  const online = useOnline();
  return (
    <header className="app-header">
      <Link to={routes.home()} className="brand">
        <img src="/favicon.svg" alt="" width="28" height="28" />
        <span>{t('app.name')}</span>
      </Link>
      <div className="app-header__status" role="status" aria-live="polite">
        {!online && <span className="pill pill--offline">{t('layout.offline')}</span>}
      </div>
      <Link to={routes.settings()} className="header-link">
        {t('nav.settings')}
      </Link>
    </header>
  );
}
