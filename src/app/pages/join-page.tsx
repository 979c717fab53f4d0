import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { JoinView, takeJoinFragment } from '../../features/sync';
import { useDocumentTitle } from '../../lib/use-document-title';

/** /join#token=…: the link a coordinator gives. The secret is taken out of the address bar on first render. */
export function JoinRoute() {
  const { t } = useTranslation('sync');
  useDocumentTitle(t('join.title'));
  const [input] = useState(takeJoinFragment);
  return <JoinView input={input} />;
}
