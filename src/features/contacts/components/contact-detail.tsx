import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { PageLoading } from '../../../ui/components/page-loading';
import { routes } from '../../../shared/routes';
import type { ContactBody } from '../../../shared/protocol/protocol';
import { useDocumentTitle } from '../../../ui/hooks/use-document-title';
import { formatDateTime } from '../format';
import { useContact } from '../../../data/contacts/use-contact';
import { ConflictPanel } from './conflict-panel';
import { ContactEditor } from './contact-editor';
import { DeleteContactButton } from './delete-contact-button';
import { SyncBadge } from './sync-badge';
import '../contacts.css';

interface Props {
  id: string;
  notFound: ReactNode;
  /** Slot for the contact's referrals (another feature, composed by the app), shown above the form. */
  referrals?: ReactNode;
}

/** What the form shows of a body: the referrals change without reopening it. */
function formKey(body: ContactBody): string {
  const { referrals: _referrals, ...shown } = body;
  return JSON.stringify(shown);
}

/** /contacts/:id: where the contact stands with the server, the form to edit it, and delete. */
export function ContactDetail({ id, notFound, referrals }: Props) {
  const { t, i18n } = useTranslation('contacts');
  const row = useContact(id);
  const title = row ? t('detail.title', { date: formatDateTime(row.occurredAt, i18n.language) }) : undefined;
  useDocumentTitle(title);
  if (row === undefined) return <PageLoading />;
  if (row === null) return <>{notFound}</>;

  return (
    <>
      <p className="breadcrumb">
        <Link to={routes.contacts()}>{t('title')}</Link>
      </p>
      <h1>{title}</h1>
      <p className="contact-detail__status">
        <SyncBadge row={row} />
        <span className="muted">
          {t('detail.revision', { revision: row.revision, updated: formatDateTime(row.updatedAt, i18n.language) })}
        </span>
      </p>
      {row.syncState === 'rejected' && <p className="callout callout--risks">{t('detail.rejected')}</p>}
      {row.syncState === 'conflict' && <ConflictPanel row={row} />}
      {row.deleted || !row.body ? (
        <p className="callout">{t('detail.deleted')}</p>
      ) : (
        <>
          {referrals}
          {/* Another stored content (a conflict settled, even at the same revision) reopens the form on the
              stored values; a draft of the user's still wins. Referral changes do not: they are new revisions
              too, but the form does not show them, and reopening it at every tick would flash it. Its save
              keeps the referrals stored at that moment (saveContactForm), not those it was drawn with. */}
          <ContactEditor key={formKey(row.body)} contactId={row.id} base={row.body} />
          <DeleteContactButton id={row.id} />
        </>
      )}
    </>
  );
}
