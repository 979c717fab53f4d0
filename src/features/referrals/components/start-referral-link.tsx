import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { routes } from '../../../lib/routes';
import '../referrals.css';

interface Props {
  schemeId: string;
  /** The scheme's short name, for a link that stands alone in a list of results ("Start a referral to CEJ"). */
  schemeLabel?: string;
  className?: string;
}

/**
 * "Start a referral": opens the choice of contact for the scheme's referral (/referrals/new?scheme=…). Light (no
 * database): the scheme page, and later the finder's results, show it for schemes with `referral: true`.
 */
export function StartReferralLink({ schemeId, schemeLabel, className = 'button button--primary' }: Props) {
  const { t } = useTranslation('referrals');
  return (
    <Link to={routes.newReferral(schemeId)} className={className}>
      {schemeLabel ? t('start.linkTo', { scheme: schemeLabel }) : t('start.link')}
    </Link>
  );
}
