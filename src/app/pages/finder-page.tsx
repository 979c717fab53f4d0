import { useTranslation } from 'react-i18next';
import { FinderView } from '../../features/finder';
import { StartReferralLink } from '../../features/referrals';
import { inlineToPlainText } from '../../lib/inline-markup';
import { useDocumentTitle } from '../../lib/use-document-title';

/** The eligibility finder (issue #5): which schemes fit a young person's situation, and why, and a referral. */
export function FinderRoute() {
  const { t } = useTranslation('finder');
  useDocumentTitle(t('title'));
  return (
    <FinderView
      schemeActions={(scheme) =>
        scheme.referral ? (
          <StartReferralLink
            schemeId={scheme.id}
            schemeLabel={scheme.acronym ?? inlineToPlainText(scheme.nameFr)}
            className="button button--small"
          />
        ) : null
      }
    />
  );
}
