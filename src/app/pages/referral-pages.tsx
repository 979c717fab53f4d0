import { useTranslation } from 'react-i18next';
import { useParams, useSearchParams } from 'react-router';
import { ReferralSummary, StartReferral } from '../../features/referrals';
import { NotFound } from './not-found-page';

/** /referrals/new?scheme=<id>: attach a new referral to a new or an existing contact. */
export function NewReferralRoute() {
  const [params] = useSearchParams();
  const schemeId = params.get('scheme') ?? '';
  return <StartReferral key={schemeId} schemeId={schemeId} />;
}

/** /contacts/:contactId/referrals/:referralId: the summary to share or print. */
export function ReferralSummaryRoute() {
  const { t } = useTranslation('referrals');
  const { contactId = '', referralId = '' } = useParams();
  return (
    <ReferralSummary
      key={`${contactId}/${referralId}`}
      contactId={contactId}
      referralId={referralId}
      notFound={<NotFound message={t('summary.notFound')} />}
    />
  );
}
