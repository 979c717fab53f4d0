import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { routes } from '../../../shared/routes';

interface Props {
  schemeId: string;
  /**
   * The scheme's short name, for a link that stands alone in a list of results: the visible label stays short
   * ("Orienter") and the accessible name starts with it and names the scheme ("Orienter vers CEJ", WCAG 2.5.3).
   */
  schemeLabel?: string;
  className?: string;
}

/**
 * "Start a referral": opens the choice of contact for the scheme's referral (/referrals/new?scheme=…). Light (no
 * database): the scheme page and the finder's results show it for schemes with `referral: true`. It is a design
 * system button and imports no stylesheet: the referrals' one is in the app's stylesheet, which a scheme page
 * (content only) does not link, and loading it late restyled the whole page in one long task.
 */
export function StartReferralLink({ schemeId, schemeLabel, className = 'button button--primary' }: Props) {
  const { t } = useTranslation('referrals');
  return (
    <Link to={routes.newReferral(schemeId)} className={className}>
      {schemeLabel ? (
        <>
          {t('start.short')} <span className="visually-hidden">{t('start.shortTo', { scheme: schemeLabel })}</span>
        </>
      ) : (
        t('start.link')
      )}
    </Link>
  );
}
