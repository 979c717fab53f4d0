/**
 * Home: what the app is, then one large card per part of the app, so any page of the guide is two taps away
 * from the home-screen icon. Part of the first route's bundle: it must stay light and never import the
 * database or a feature (those load with their own routes).
 */
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { InstallApp } from '../../components/install-app';
import { routes } from '../../lib/routes';
import { useDocumentTitle } from '../../lib/use-document-title';
import { usePwa } from '../../pwa/pwa-store';
import './home-page.css';

const ENTRIES = [
  { key: 'guide', to: routes.guide() },
  { key: 'vocabulary', to: routes.vocabulary() },
  { key: 'schemes', to: routes.schemes() },
  { key: 'checklists', to: routes.checklists() },
  { key: 'table1', to: routes.table1() },
  { key: 'favourites', to: routes.favourites() },
] as const;

export function HomePage() {
  const { t } = useTranslation('home');
  const offlineReady = usePwa((s) => s.offlineReady);
  useDocumentTitle(undefined);

  return (
    <div className="home">
      <header className="home__intro">
        <h1>{t('title')}</h1>
        <p className="lead">{t('welcome')}</p>
        {offlineReady && (
          <p className="home__offline">
            <span aria-hidden="true">✓</span> {t('offlineReady')}
          </p>
        )}
      </header>
      {/* The search box goes between the intro and the cards: the grid's top margin leaves it room. */}
      <nav aria-label={t('entries.label')} className="home__entries">
        <ul className="home-grid">
          {ENTRIES.map(({ key, to }) => (
            <li key={key}>
              <Link to={to} className="card home-card">
                <span className="card__title">{t(`entries.${key}.title`)}</span>
                <span className="card__meta">{t(`entries.${key}.description`)}</span>
              </Link>
            </li>
          ))}
        </ul>
      </nav>
      {/* Contacts come after the cards, before installation. */}
      <InstallApp headingLevel={2} />
    </div>
  );
}
