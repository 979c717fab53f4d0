import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { routes } from '../../../shared/routes';
import { useContactReferrals } from '../../../data/contacts/referrals/use-contact-referrals';
import { ReferralCard, type SaveOutcome } from './referral-card';
import '../referrals.css';

/**
 * The "Referrals" section of a contact's page (put there by the app through ContactDetail's `referrals` slot).
 * Every change is saved at once as a new revision of the contact ([S82]); the page's sync badge follows it.
 */
export function ContactReferrals({ contactId }: { contactId: string }) {
  const { t } = useTranslation('referrals');
  const data = useContactReferrals(contactId);
  // A counter changes the text (a trailing no-break space) so the same message is announced on every save.
  const [status, setStatus] = useState<{ outcome: SaveOutcome; n: number }>();
  if (!data) return null;
  const { referrals, content } = data;
  const onSaved = (outcome: SaveOutcome) => setStatus((previous) => ({ outcome, n: (previous?.n ?? 0) + 1 }));

  return (
    <section id="referrals" className="referrals" aria-labelledby="referrals-title">
      <h2 id="referrals-title">{t('section.title')}</h2>
      {referrals.length === 0 ? (
        <p className="muted">
          {t('section.empty')} <Link to={routes.schemes()}>{t('section.schemesLink')}</Link>
        </p>
      ) : (
        <ul className="referral-list">
          {referrals.map((referral) => (
            <li key={referral.id} id={`referral-${referral.id}`}>
              <ReferralCard
                contactId={contactId}
                referral={referral}
                scheme={content.schemes.get(referral.schemeId)}
                checklist={content.checklists.get(referral.checklistId)}
                onSaved={onSaved}
              />
            </li>
          ))}
        </ul>
      )}
      <p role="status" className={status?.outcome === 'failed' ? 'error-text' : 'muted'}>
        {status ? t(`section.${status.outcome}`) + (status.n % 2 ? '\u00a0' : '') : ''}
      </p>
    </section>
  );
}
