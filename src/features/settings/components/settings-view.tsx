import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { InstallApp } from '../../../ui/components/install-app';
import { AboutApp } from './about-app';
import { AppStatus } from './app-status';
import { ContentInfo } from './content-info';
import { DisplaySettings } from './display-settings';
import { StorageSettings } from './storage-settings';
import '../settings.css';

/**
 * The settings page: display preferences, installation, team sync (a slot the app shell fills from the sync
 * feature), offline and storage state, and about.
 */
export function SettingsView({ team, security }: { team?: ReactNode; security?: ReactNode }) {
  const { t } = useTranslation('settings');
  return (
    <div className="settings">
      <h1>{t('title')}</h1>
      <DisplaySettings />
      <InstallApp headingLevel={2} showStatus />
      {team}
      {security}
      <section aria-labelledby="device-title">
        <h2 id="device-title">{t('device.title')}</h2>
        <AppStatus />
        <StorageSettings />
        <ContentInfo />
      </section>
      <AboutApp />
    </div>
  );
}
