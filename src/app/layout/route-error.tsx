import { useTranslation } from 'react-i18next';
import { Link, useRouteError } from 'react-router';
import { routes } from '../../lib/routes';

/** Shown when a page fails to load or render (for example a chunk missing after an update). */
export function RouteError() {
  const { t } = useTranslation();
  const error = useRouteError();
  return (
    <main id="main" className="app-main">
      <h1>{t('errors.pageTitle')}</h1>
      <p>{t('errors.pageBody')}</p>
      <pre className="banner__detail">{error instanceof Error ? error.message : String(error)}</pre>
      <p>
        <button type="button" className="button" onClick={() => window.location.reload()}>
          {t('pwa.reload')}
        </button>{' '}
        <Link to={routes.home()}>{t('nav.home')}</Link>
      </p>
    </main>
  );
}
