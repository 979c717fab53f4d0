import { Suspense, useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { Outlet, ScrollRestoration } from 'react-router';
import { listenForInstallPrompt } from '../../pwa/install-prompt';
import { registerServiceWorker } from '../../pwa/register-service-worker';
import { PageLoading } from '../../components/ui/page-loading';
import { bootstrapContent } from '../content-bootstrap';
import { AppHeader } from './app-header';
import { BottomNav } from './bottom-nav';
import { ContentStatusBanner } from './content-status-banner';
import { UpdatePrompt } from './update-prompt';

export function AppLayout() {
  const { t } = useTranslation();
  useEffect(() => {
    void bootstrapContent();
    listenForInstallPrompt();
    void registerServiceWorker();
  }, []);

  return (
    <div className="app">
      <a className="skip-link" href="#main">
        {t('layout.skipToContent')}
      </a>
      <AppHeader />
      <ContentStatusBanner />
      <UpdatePrompt />
      <main id="main" className="app-main" tabIndex={-1}>
        <Suspense fallback={<PageLoading />}>
          <Outlet />
        </Suspense>
      </main>
      <BottomNav />
      <ScrollRestoration />
    </div>
  );
}
