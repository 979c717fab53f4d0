import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { BrandMark } from '../../ui/components/brand-mark';
import { Icon } from '../../ui/components/icon';
import { useSearchShortcut } from '../../features/search';
import { useOnline } from '../../platform/pwa/use-online';
import { routes } from '../../shared/routes';
import { SyncIndicatorSlot } from './sync-slots';

/** The search page's code, fetched as soon as the search button is pointed at or focused. */
const preloadSearchPage = () => void import('../pages/search-page');

/**
 * The app bar: one row of fixed height in every state and language (issue #15). The brand (home), a status
 * slot whose width is always reserved (offline, team sync: icon and count; the words are their names, and
 * one tap away: a popover for offline, the sync status for the team), then search and settings as icon buttons. Nothing in it can wrap.
 */
export function AppHeader() {
  const { t } = useTranslation();
  const online = useOnline();
  const navigate = useNavigate();
  // "/" focuses the page's own search field, or opens the search page where there is none.
  useSearchShortcut(() => void navigate(routes.search()));
  return (
    <header className="app-bar">
      <Link to={routes.home()} className="app-bar__brand" aria-label={t('layout.brandLabel')}>
        <BrandMark />
        <span className="app-bar__name">{t('app.name')}</span>
      </Link>
      <div className="app-bar__status">
        {/* Announced when it changes; the visible part is the button below. */}
        <span className="visually-hidden" role="status">
          {!online && t('layout.offline')}
        </span>
        {!online && (
          <>
            {/* The words one tap away, in a native popover (no script, light dismiss, Escape closes). */}
            <button
              type="button"
              className="status-chip status-chip--offline"
              popoverTarget="offline-details"
              title={t('layout.offlineDetail')}
            >
              <Icon name="offline" />
              <span className="visually-hidden">{t('layout.offline')}</span>
            </button>
            <div id="offline-details" popover="auto" className="status-sheet">
              {t('layout.offlineDetail')}
            </div>
          </>
        )}
        <SyncIndicatorSlot />
      </div>
      <Link
        to={routes.search()}
        className="icon-button"
        title={t('search.label')}
        aria-keyshortcuts="/"
        onFocus={preloadSearchPage}
        onPointerEnter={preloadSearchPage}
      >
        <Icon name="search" />
        <span className="visually-hidden">{t('search.label')}</span>
      </Link>
      <Link to={routes.settings()} className="icon-button" title={t('nav.settings')}>
        <Icon name="settings" />
        <span className="visually-hidden">{t('nav.settings')}</span>
      </Link>
    </header>
  );
}
