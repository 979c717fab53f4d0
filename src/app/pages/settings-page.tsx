import { useTranslation } from 'react-i18next';
import { SettingsView } from '../../features/settings';
import { SecuritySettings } from '../../features/security';
import { TeamPanel } from '../../features/sync';
import { useDocumentTitle } from '../../lib/use-document-title';

export function SettingsRoute() {
  const { t } = useTranslation('settings');
  useDocumentTitle(t('title'));
  return <SettingsView team={<TeamPanel />} security={<SecuritySettings />} />;
}
