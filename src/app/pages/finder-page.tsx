import { useTranslation } from 'react-i18next';
import { FinderView } from '../../features/finder';
import { StartReferralLink } from '../../features/referrals/components/start-referral-link';
import { schemeLabelOf } from '../../data/content';
import { useDocumentTitle } from '../../ui/hooks/use-document-title';

/** The eligibility finder (issue #5): which schemes fit a young person's situation, and why, and a referral. */
export function FinderRoute() {
  // The referral links in the results speak 'referrals': loaded with the page (and named by its prerender), so
  // the first answer does not suspend the page to fetch it (the page blanked and lost its scroll position).
  const { t } = useTranslation(['finder', 'referrals']);
  useDocumentTitle(t('title'));
  return (
    <FinderView
      schemeActions={(scheme) =>
        scheme.referral ? (
          <StartReferralLink
            schemeId={scheme.id}
            schemeLabel={schemeLabelOf(scheme).label}
            className="button button--small"
          />
        ) : null
      }
    />
  );
}
