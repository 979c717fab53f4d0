import { useTranslation } from 'react-i18next';
import { NavLink } from 'react-router';
import { routes } from '../../lib/routes';

const ITEMS = [
  { to: routes.home(), key: 'nav.home', end: true },
  { to: routes.guide(), key: 'nav.guide', end: false },
  { to: routes.vocabulary(), key: 'nav.vocabulary', end: false },
  { to: routes.schemes(), key: 'nav.schemes', end: false },
  { to: routes.checklists(), key: 'nav.checklists', end: false },
] as const;

export function BottomNav() {
  const { t } = useTranslation();
  return (
    <nav className="bottom-nav" aria-label={t('nav.label')}>
      <ul>
        {ITEMS.map((item) => (
          <li key={item.to}>
            <NavLink to={item.to} end={item.end}>
              {t(item.key)}
            </NavLink>
          </li>
        ))}
      </ul>
    </nav>
  );
}
