/**
 * Home: what the app is, then one large card per part of the app, so any page of the guide is two taps away
 * from the home-screen icon. Part of the first route's bundle: it must stay light and never import the
 * database or a feature's heavy parts (those load with their own routes); the search box is the light shell
 * part of the search feature, whose index loads on the box's first focus.
 */
import { lazy, Suspense, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { SearchField } from '../../features/search';
import { peekDeviceFlags } from '../../platform/device-flags/device-flags';
import { routes } from '../../shared/routes';
import { useDocumentTitle } from '../../ui/hooks/use-document-title';
import './home-page.css';

/**
 * Follow-ups due read the contacts database: a lazy chunk, loaded when the browser is idle after hydration and
 * only on a device that recorded contacts (src/platform/device-flags/device-flags.ts), so neither the home page's bundle nor a
 * first visit ever loads the database or the crypto.
 */
const FollowUpsDue = lazy(() =>
  Promise.all([import('../../features/referrals'), import('../../features/security')]).then(
    ([referrals, security]) => ({
      // Follow-ups come from contact bodies: hidden while the vault is locked (issue #6).
      default: function LockedFollowUps() {
        return (
          <security.WhenUnlocked>
            <referrals.FollowUpsDue />
          </security.WhenUnlocked>
        );
      },
    }),
  ),
);

function useFollowUpsWanted(): boolean {
  const [wanted, setWanted] = useState(false);
  useEffect(() => {
    if (!peekDeviceFlags().contacts) return;
    if (typeof window.requestIdleCallback !== 'function') {
      const timer = setTimeout(() => setWanted(true), 500);
      return () => clearTimeout(timer);
    }
    const handle = window.requestIdleCallback(() => setWanted(true), { timeout: 2_000 });
    return () => window.cancelIdleCallback(handle);
  }, []);
  return wanted;
}

/** The search page's code, fetched as soon as the search box gets the focus. */
const preloadSearchPage = () => void import('./search-page');

const ENTRIES = [
  { key: 'guide', to: routes.guide() },
  { key: 'vocabulary', to: routes.vocabulary() },
  { key: 'schemes', to: routes.schemes() },
  { key: 'directory', to: routes.directory() },
  { key: 'finder', to: routes.finder() },
  { key: 'checklists', to: routes.checklists() },
  { key: 'table1', to: routes.table1() },
  { key: 'favourites', to: routes.favourites() },
  { key: 'contacts', to: routes.contacts() },
] as const;

export function HomePage() {
  const { t } = useTranslation('home');
  const followUpsWanted = useFollowUpsWanted();
  useDocumentTitle(undefined);

  return (
    <div className="home">
      <header className="home__intro">
        <h1>{t('title')}</h1>
        <p className="lead">{t('welcome')}</p>
      </header>
      <SearchField id="home-search" variant="prominent" onPreload={preloadSearchPage} />
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
      {/* Below the entries, so arriving late it moves nothing already on screen. */}
      {followUpsWanted && (
        <Suspense fallback={null}>
          <FollowUpsDue />
        </Suspense>
      )}
      {/* Recording a contact is the one thing done in a hurry: a big button, one tap from the home screen. */}
      <section className="home__contacts" aria-labelledby="home-contacts-title">
        <h2 id="home-contacts-title">{t('contacts.title')}</h2>
        <p className="muted">{t('contacts.description')}</p>
        <Link
          to={routes.newContact()}
          className="button button--primary home__new-contact"
          // The floating "New contact" button (app/layout/new-contact-fab.tsx) steps aside while this one shows.
          data-new-contact=""
        >
          <span aria-hidden="true">+</span> {t('contacts.new')}
        </Link>
      </section>
    </div>
  );
}
