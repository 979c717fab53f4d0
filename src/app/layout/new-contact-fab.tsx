import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'react-router';
import { Icon } from '../../ui/components/icon';
import { routes } from '../../shared/routes';

/** Where recording a contact is the likely next step: home and the contacts list. */
const PAGES = new Set<string>([routes.home(), routes.contacts()]);

/**
 * "New contact" within the thumb's reach (issue #15): a floating button bottom right, above the bottom
 * navigation, with its label in words. Recording is the one job done in a hurry, often one-handed.
 */
export function NewContactFab() {
  const { t } = useTranslation();
  const { pathname } = useLocation();
  const onPage = PAGES.has(pathname);
  const twin = useTwinInView(onPage, pathname);
  if (!onPage) return null;
  // The page's own "New contact" button is on screen: one such action at a time, not two side by side. Hidden,
  // not removed: the banners above it (src/styles/shell.css) keep their place instead of dropping into its room.
  return (
    <Link to={routes.newContact()} className="fab" title={t('layout.newContact')} hidden={twin}>
      <Icon name="plus" />
      <span className="fab__label">{t('layout.newContact')}</span>
    </Link>
  );
}

/** Marks a page's own "New contact" button: the floating one steps aside while it is on screen. */
const NEW_CONTACT_TWIN = 'data-new-contact';

function useTwinInView(active: boolean, pathname: string): boolean {
  const [inView, setInView] = useState(false);
  useEffect(() => {
    const twin = active ? document.querySelector(`[${NEW_CONTACT_TWIN}]`) : null;
    if (!twin || typeof IntersectionObserver === 'undefined') return;
    const observer = new IntersectionObserver(([entry]) => setInView(Boolean(entry?.isIntersecting)));
    observer.observe(twin);
    return () => {
      observer.disconnect();
      setInView(false);
    };
  }, [active, pathname]);
  return inView;
}
