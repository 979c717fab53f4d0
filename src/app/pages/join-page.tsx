import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { UnlockFirst } from '../../features/security';
import { JoinView, takeJoinFragment } from '../../features/sync';
import { useDocumentTitle } from '../../ui/hooks/use-document-title';
import { startSyncShell } from '../layout/sync-slots';

/** /join#token=…: the link a coordinator gives. The secret is taken out of the address bar on first render. */
export function JoinRoute() {
  const { t } = useTranslation('sync');
  useDocumentTitle(t('join.title'));
  const [input] = useState(takeJoinFragment);
  useEffect(() => startSyncShell(), []);
  // The secret is taken before the lock screen: it must leave the address bar whatever happens next.
  return (
    <UnlockFirst>
      <JoinView input={input} />
    </UnlockFirst>
  );
}
