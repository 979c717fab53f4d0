import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { ContactDetail, ContactList, NewContact } from '../../features/contacts';
import { ContactReferrals } from '../../features/referrals';
import { useDocumentTitle } from '../../ui/hooks/use-document-title';
import { VaultGate } from '../../features/security';
import { NotFound } from './not-found-page';

export function ContactListRoute() {
  const { t } = useTranslation('contacts');
  useDocumentTitle(t('title'));
  return (
    <VaultGate>
      <ContactList />
    </VaultGate>
  );
}

export function NewContactRoute() {
  const { t } = useTranslation('contacts');
  useDocumentTitle(t('new.title'));
  return (
    <VaultGate>
      <NewContact />
    </VaultGate>
  );
}

export function ContactRoute() {
  const { t } = useTranslation('contacts');
  const { contactId = '' } = useParams();
  return (
    <VaultGate>
      <ContactDetail
        key={contactId}
        id={contactId}
        referrals={<ContactReferrals contactId={contactId} />}
        notFound={<NotFound message={t('notFound')} />}
      />
    </VaultGate>
  );
}
