import { useTranslation } from 'react-i18next';
import type { ContactBody } from '../../../shared/protocol/protocol';
import { formatDateTime } from '../format';

/** One line about a contact: "14 Mar 2026, 21:05 · Hall B · Street outreach · 3 people · 2 topics". */
export function useContactSummary() {
  const { t, i18n } = useTranslation('contacts');
  return (body: ContactBody): string =>
    [
      formatDateTime(body.occurredAt, i18n.language),
      body.place || t('list.noPlace'),
      body.kind ? t(`kinds.${body.kind}`) : undefined,
      body.people === undefined ? undefined : t('list.people', { count: body.people }),
      t('list.topics', { count: body.topics.length }),
    ]
      .filter(Boolean)
      .join(' · ');
}
