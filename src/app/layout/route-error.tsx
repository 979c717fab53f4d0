import { useTranslation } from 'react-i18next';
import { Link, useRouteError } from 'react-router';
import { routes } from '../../shared/routes';

/**
 * Shown when a page fails to load or render (for example a chunk missing after an update, or the content pack
 * that could not be fetched: src/data/content's ContentLoadError).
 */
// By name, not instanceof: the error element must not pull the content module into the first route's chunk.
const isContentLoadError = (error: unknown) => error instanceof Error && error.name === 'ContentLoadError';

export function RouteError() {
  const { t } = useTranslation();
  const error = useRouteError();
  return (
    <main id="main" className="app-main">
      <h1>{t('errors.pageTitle')}</h1>
      <p>{t(isContentLoadError(error) ? 'errors.contentBody' : 'errors.pageBody')}</p>
      {/* The technical words, one tap away for whoever helps: the page itself speaks the reader's language. */}
      <details className="error-detail">
        <summary>{t('errors.detail')}</summary>
        <pre className="banner__detail">{error instanceof Error ? error.message : String(error)}</pre>
      </details>
      <p>
        <button type="button" className="button" onClick={() => window.location.reload()}>
          {t('pwa.reload')}
        </button>{' '}
        <Link to={routes.home()}>{t('nav.home')}</Link>
      </p>
    </main>
  );
}
