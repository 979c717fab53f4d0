import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useContent } from '../../../data/content';
import { routes } from '../../../shared/routes';
import type { FollowUp } from '../../../data/contacts/referrals/follow-ups';
import { formatDay, localDay } from '../format';
import { useFollowUps } from '../../../data/contacts/referrals/use-follow-ups';
import { referralContent } from '../../../data/content/referral-content';
import '../referrals.css';

/**
 * Home: follow-ups due today or earlier ([S85]), oldest first, each a link to its contact (to the referral
 * itself when it is a referral's). Nothing while loading or when none is due, so the home page does not jump.
 */
export function FollowUpsDue() {
  const due = useFollowUps(localDay(new Date()));
  if (!due || due.length === 0) return null;
  return <FollowUpList due={due} />;
}

/** Only rendered when something is due: the home page loads no content pack for an empty list. */
function FollowUpList({ due }: { due: FollowUp[] }) {
  const { t, i18n } = useTranslation('referrals');
  const content = useContent();
  const schemes = useMemo(
    () =>
      referralContent(
        content,
        due.flatMap((item) => (item.kind === 'referral' ? [item.schemeId] : [])),
        [],
      ).schemes,
    [content, due],
  );
  return (
    <section className="follow-ups" aria-labelledby="follow-ups-title">
      <h2 id="follow-ups-title">{t('followUps.title')}</h2>
      <p className="muted">{t('followUps.count', { count: due.length })}</p>
      <ul className="card-list">
        {due.map((item) => {
          const date = formatDay(item.date, i18n.language);
          const contact = formatDay(item.occurredAt, i18n.language);
          const href =
            item.kind === 'referral'
              ? `${routes.contact(item.contactId)}#referral-${item.referralId}`
              : routes.contact(item.contactId);
          const what =
            item.kind === 'referral'
              ? t('followUps.referral', {
                  scheme: schemes.get(item.schemeId)?.label ?? item.schemeId,
                  outcome: t(`outcomes.${item.outcome}`),
                })
              : t('followUps.contact');
          return (
            <li key={item.kind === 'referral' ? item.referralId : `contact-${item.contactId}`}>
              <Link to={href} className="card">
                <span className="card__title">{what}</span>{' '}
                <span className="card__meta">{t('followUps.meta', { date, contact })}</span>
              </Link>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
