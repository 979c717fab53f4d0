import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'react-router';
import { Icon, type IconName } from '../../ui/components/icon';
import { routes } from '../../shared/routes';

interface Item {
  to: string;
  key: string;
  icon: IconName;
  /** Other pages that belong to the same job, so the item stays marked as the current one there. */
  also?: readonly string[];
}

/**
 * Five destinations around a worker's three jobs (issue #15): looking up (guide, slang, schemes), deciding
 * (the finder, with the checklists and Table 1) and recording (contacts). Home is the app bar's brand link.
 */
const ITEMS: readonly Item[] = [
  { to: routes.guide(), key: 'nav.guide', icon: 'guide' },
  { to: routes.vocabulary(), key: 'nav.vocabulary', icon: 'slang' },
  { to: routes.schemes(), key: 'nav.schemes', icon: 'schemes', also: [routes.directory()] },
  { to: routes.finder(), key: 'nav.decide', icon: 'decide', also: [routes.checklists(), routes.table1()] },
  { to: routes.contacts(), key: 'nav.contacts', icon: 'contacts', also: ['/referrals'] },
];

const within = (pathname: string, base: string) => pathname === base || pathname.startsWith(`${base}/`);

export function BottomNav() {
  const { t } = useTranslation();
  const { pathname } = useLocation();
  return (
    <nav className="bottom-nav" aria-label={t('nav.label')}>
      <ul>
        {ITEMS.map((item) => {
          const current = within(pathname, item.to) || (item.also ?? []).some((base) => within(pathname, base));
          return (
            <li key={item.to}>
              <Link
                to={item.to}
                className={current ? 'bottom-nav__item active' : 'bottom-nav__item'}
                aria-current={current ? 'page' : undefined}
              >
                <Icon name={item.icon} />
                <span className="bottom-nav__label">{t(item.key)}</span>
              </Link>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}
