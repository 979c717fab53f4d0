import { Suspense, useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { Outlet, ScrollRestoration } from 'react-router';
import { listenForInstallPrompt } from '../../platform/pwa/install-prompt';
import { registerServiceWorker } from '../../platform/pwa/register-service-worker';
import { PageLoading } from '../../ui/components/page-loading';
import { PwaNotices } from '../../ui/components/pwa/pwa-notices';
import { startDeviceServicesWhenIdle } from '../start-device-services';
import { AppHeader } from './app-header';
import { BottomNav } from './bottom-nav';
import { NewContactFab } from './new-contact-fab';
import { SyncNoticeSlot } from './sync-slots';
import { UpdatePrompt } from './update-prompt';

export function AppLayout() {
  const { t } = useTranslation();
  useEffect(() => {
    listenForInstallPrompt();
    // After the page has loaded: the first paint never waits for the precache download, the lock or the sync.
    const start = () => {
      void registerServiceWorker();
      startDeviceServicesWhenIdle();
    };
    if (document.readyState === 'complete') start();
    else window.addEventListener('load', start, { once: true });
    return () => window.removeEventListener('load', start);
  }, []);

  return (
    <div className="app">
      <a className="skip-link" href="#main">
        {t('layout.skipToContent')}
      </a>
      <AppHeader />
      <main id="main" className="app-main" tabIndex={-1}>
        <Suspense fallback={<PageLoading />}>
          <Outlet />
        </Suspense>
      </main>
      <NewContactFab />
      <div className="banners">
        <UpdatePrompt />
        <PwaNotices />
        <SyncNoticeSlot />
      </div>
      <BottomNav />
      <ScrollRestoration />
    </div>
  );
}
