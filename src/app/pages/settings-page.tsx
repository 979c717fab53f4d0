import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { SettingsView } from '../../features/settings';
import { SecuritySettings } from '../../features/security';
import { TeamPanel } from '../../features/sync';
import { useDocumentTitle } from '../../ui/hooks/use-document-title';
import { startSyncShell } from '../layout/sync-slots';

export function SettingsRoute() {
  const { t } = useTranslation('settings');
  useDocumentTitle(t('title'));
  // The team panel joins and leaves: the header's sync status must be there once it does.
  useEffect(() => startSyncShell(), []);
  return <SettingsView team={<TeamPanel />} security={<SecuritySettings />} />;
}
