import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { PageLoading } from '../../../ui/components/page-loading';
import { inlineToPlainText } from '../../../shared/text/inline-markup';
import { routes } from '../../../shared/routes';
import { useDocumentTitle } from '../../../ui/hooks/use-document-title';
import { useContactReferrals } from '../../../data/contacts/referrals/use-contact-referrals';
import { useLocalStructures } from '../../../data/directory/use-local-structures';
import { summaryText } from '../summary-text';
import '../referrals.css';

interface Props {
  contactId: string;
  referralId: string;
  /** The local structures to contact for this scheme (the team's directory), composed by the app when present. */
  localContacts?: ReactNode;
  notFound: ReactNode;
}

/**
 * A referral summary to share or print ([S86]): the scheme, the steps done and to do, the outcome and the local
 * contact. Nothing about the young person: no date, place, note or age of the contact.
 */
export function ReferralSummary({ contactId, referralId, localContacts, notFound }: Props) {
  const { t } = useTranslation('referrals');
  const data = useContactReferrals(contactId);
  const [shareFailed, setShareFailed] = useState(false);
  const referral = data?.referrals.find((item) => item.id === referralId);
  const scheme = referral && data?.content.schemes.get(referral.schemeId);
  // The app composes the on-screen structures (a slot); the shared text needs them as data, read here.
  const structures = useLocalStructures(referral?.schemeId);
  useDocumentTitle(scheme ? t('summary.title', { scheme: scheme.label }) : undefined);
  // Waiting for the structures too: a Share pressed before they load would leave them out of the text.
  if (data === undefined || structures === undefined) return <PageLoading />;
  if (!data || !referral || !scheme) return <>{notFound}</>;
  const checklist = data.content.checklists.get(referral.checklistId);
  const done = new Set(referral.stepsDone);
  const canShare = typeof navigator.share === 'function';

  const share = () => {
    const text = summaryText(t, referral, scheme, checklist, structures);
    navigator.share({ title: t('summary.title', { scheme: scheme.label }), text }).then(
      () => setShareFailed(false),
      (error: unknown) => {
        // Closing the share sheet is a choice, not a failure.
        if (error instanceof DOMException && error.name === 'AbortError') return;
        console.error(error);
        setShareFailed(true);
      },
    );
  };

  return (
    <article className="referral-summary" aria-labelledby="referral-summary-title">
      <nav aria-label={t('summary.breadcrumb')} className="breadcrumb referral-summary__chrome">
        <Link to={`${routes.contact(contactId)}#referral-${referral.id}`}>{t('summary.back')}</Link>
      </nav>
      <h1 id="referral-summary-title">{t('summary.title', { scheme: scheme.label })}</h1>
      {scheme.label !== scheme.name && (
        <p className="lead" lang="fr">
          {scheme.name}
        </p>
      )}
      <p>
        <strong>{t('summary.outcome')}</strong> {t(`outcomes.${referral.outcome}`)}
      </p>
      <h2>{t('summary.steps')}</h2>
      {checklist ? (
        <ol className="referral-summary__steps">
          {checklist.steps.map((step) => (
            <li key={step.id}>
              <span className={`tag referral-summary__state--${done.has(step.id) ? 'done' : 'todo'}`}>
                {done.has(step.id) ? t('summary.done') : t('summary.todo')}
              </span>{' '}
              {inlineToPlainText(step.text)}
            </li>
          ))}
        </ol>
      ) : (
        <p className="muted">{t('card.noChecklist', { count: referral.stepsDone.length })}</p>
      )}
      {localContacts && (
        <section aria-labelledby="referral-summary-local">
          <h2 id="referral-summary-local">{t('summary.localContact')}</h2>
          {localContacts}
        </section>
      )}
      <p className="muted">{t('summary.privacy')}</p>
      <div className="referral-summary__chrome field-row">
        {canShare && (
          <button type="button" className="button button--primary" onClick={share}>
            {t('summary.share')}
          </button>
        )}
        <button type="button" className="button" onClick={() => window.print()}>
          {t('summary.print')}
        </button>
      </div>
      {shareFailed && (
        <p role="alert" className="error-text referral-summary__chrome">
          {t('summary.shareFailed')}
        </p>
      )}
    </article>
  );
}
