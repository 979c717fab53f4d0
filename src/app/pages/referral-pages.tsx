import { useTranslation } from 'react-i18next';
import { useParams, useSearchParams } from 'react-router';
import { useContactReferrals } from '../../data/contacts/referrals/use-contact-referrals';
import { useSchemeDirectory } from '../../data/directory/use-scheme-directory';
import { EntryList } from '../../features/directory';
import { ReferralSummary, StartReferral } from '../../features/referrals';
import { VaultGate } from '../../features/security';
import { NotFound } from './not-found-page';

/** /referrals/new?scheme=<id>: attach a new referral to a new or an existing contact. */
function NewReferral() {
  const [params] = useSearchParams();
  const schemeId = params.get('scheme') ?? '';
  return <StartReferral key={schemeId} schemeId={schemeId} />;
}

/** /contacts/:contactId/referrals/:referralId: the summary to share or print. */
function ReferralSummaryPage() {
  const { t } = useTranslation('referrals');
  const { contactId = '', referralId = '' } = useParams();
  // The local contact of the summary ([S86]): the directory's structures for the referral's scheme, read-only.
  const schemeId = useContactReferrals(contactId)?.referrals.find((item) => item.id === referralId)?.schemeId;
  const structures = useSchemeDirectory(schemeId);
  return (
    <ReferralSummary
      key={`${contactId}/${referralId}`}
      contactId={contactId}
      referralId={referralId}
      localContacts={structures && structures.length > 0 ? <EntryList entries={structures} readOnly /> : undefined}
      notFound={<NotFound message={t('summary.notFound')} />}
    />
  );
}

// Referrals live in contact bodies: behind the lock (issue #6).
export function NewReferralRoute() {
  return (
    <VaultGate>
      <NewReferral />
    </VaultGate>
  );
}

export function ReferralSummaryRoute() {
  return (
    <VaultGate>
      <ReferralSummaryPage />
    </VaultGate>
  );
}
