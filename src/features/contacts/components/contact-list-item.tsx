import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { ContactRow } from '../../../data/contacts/contact-store';
import { routes } from '../../../shared/routes';
import { formatDateTime } from '../format';
import { SyncBadge } from './sync-badge';

/** One contact of the list: the whole card is the link to it. */
export function ContactListItem({ row }: { row: ContactRow }) {
  const { t, i18n } = useTranslation('contacts');
  const body = row.body;
  const details = [
    body?.kind ? t(`kinds.${body.kind}`) : undefined,
    body?.people === undefined ? undefined : t('list.people', { count: body.people }),
    t('list.topics', { count: body?.topics.length ?? 0 }),
  ].filter(Boolean);
  return (
    <li>
      <Link to={routes.contact(row.id)} className="card contact-card">
        {/* The spaces keep the link's accessible name readable ("…21:05 Hall B Street…"). */}
        <span className="card__title">{formatDateTime(row.occurredAt, i18n.language)}</span>{' '}
        <span className="contact-card__place">{body?.place || t('list.noPlace')}</span>{' '}
        <span className="card__meta">{details.join(' · ')}</span> <SyncBadge row={row} />
      </Link>
    </li>
  );
}
