import { useTranslation } from 'react-i18next';
import type { ContactRow } from '../../../data/contacts/contact-store';

const ICONS = { pending: '↑', synced: '✓', rejected: '✕', conflict: '⚠' } as const;

/** Where the contact stands with the team's server, in words (the icon and colour only repeat them). */
export function SyncBadge({ row }: { row: Pick<ContactRow, 'syncState' | 'syncReason'> }) {
  const { t } = useTranslation('contacts');
  const state = row.syncState;
  return (
    <span className={`sync-badge sync-badge--${state}`}>
      <span aria-hidden="true">{ICONS[state]}</span>{' '}
      {state === 'rejected' && row.syncReason
        ? t('sync.rejectedWithReason', { reason: row.syncReason })
        : t(`sync.${state}`)}
    </span>
  );
}
