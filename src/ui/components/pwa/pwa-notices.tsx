/**
 * The app's own floating notices about itself (in the layout's bottom banner area, which overlays the page:
 * nothing moves when they come and go): the first visit's offline progress, then the install invitation once
 * the app has been useful. Part of every route's first bundle, so it stays a few lines: the invitation's banner
 * loads only when it is due.
 */
import { lazy, Suspense, useEffect, useMemo, useState } from 'react';
import { useLocation } from 'react-router';
import { useHydrated } from '../../../platform/hydration/use-hydrated';
import { recordView, shouldInvite } from '../../../platform/pwa/install-invite';
import { isIosSafari } from '../../../platform/pwa/install-prompt';
import { usePwa } from '../../../platform/pwa/pwa-store';
import { OfflineProgress } from './offline-progress';
import './pwa-notices.css';

const InstallInvite = lazy(() => import('./install-invite-banner'));

/** The invitation comes a moment after the page, not with it: the reader first sees what they came for. */
export const INVITE_DELAY_MS = 1_500;

function InstallInviteSlot() {
  const { pathname, state } = useLocation();
  const canPrompt = usePwa((s) => Boolean(s.installEvent));
  const installed = usePwa((s) => s.installed);
  const ios = useMemo(() => isIosSafari(), []);
  const [due, setDue] = useState(false);
  const [closed, setClosed] = useState(false);

  useEffect(() => {
    const record = recordView(pathname, state);
    const timer = setTimeout(
      () => setDue(shouldInvite({ record, now: Date.now(), installed, canPrompt, ios })),
      INVITE_DELAY_MS,
    );
    return () => clearTimeout(timer);
  }, [pathname, state, installed, canPrompt, ios]);

  if (!due || closed) return null;
  return (
    <Suspense fallback={null}>
      <InstallInvite manual={!canPrompt} onClose={() => setClosed(true)} />
    </Suspense>
  );
}

export function PwaNotices() {
  // Device state only: the prerendered page and its hydration show none of it.
  if (!useHydrated()) return null;
  return (
    <>
      <OfflineProgress />
      <InstallInviteSlot />
    </>
  );
}
