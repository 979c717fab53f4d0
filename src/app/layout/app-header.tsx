import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'react-router';
import { SearchField, useSearchShortcut } from '../../features/search';
import { useOnline } from '../../pwa/use-online';
import { routes } from '../../lib/routes';
import { SyncIndicatorSlot } from './sync-slots';

/** The search page's code, fetched as soon as a search field gets the focus. */
const preloadSearchPage = () => void import('../pages/search-page');

export function AppHeader() {
  const { t } = useTranslation();
  const online = useOnline();
  const { pathname } = useLocation();
  useSearchShortcut();
  // Home and the search page show a prominent field of their own: one search field per page.
  const showSearch = pathname !== routes.home() && pathname !== routes.search();
  return (
    <header className="app-header">
      <Link to={routes.home()} className="brand">
        <img src="/favicon.svg" alt="" width="28" height="28" />
        <span>{t('app.name')}</span>
      </Link>
      <div className="app-header__status" role="status" aria-live="polite">
        {!online && <span className="pill pill--offline">{t('layout.offline')}</span>}
      </div>
      <SyncIndicatorSlot />
      <Link to={routes.settings()} className="header-link">
        {t('nav.settings')}
      </Link>
      {showSearch && <SearchField id="header-search" onPreload={preloadSearchPage} />}
    </header>
  );
}
