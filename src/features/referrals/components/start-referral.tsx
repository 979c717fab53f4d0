import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { routes } from '../../../lib/routes';
import { useDocumentTitle } from '../../../lib/use-document-title';
import { startReferral } from '../data/start-referral';
import { localMoment } from '../format';
import { useSchemeReferral } from '../hooks/use-scheme-referral';
import { ContactPicker } from './contact-picker';
import '../referrals.css';

/**
 * /referrals/new?scheme=<id>: a referral belongs to a contact ([S83]). Attach it to a new contact (today, the
 * scheme suggested) or to one of the latest contacts, then open it on the contact's page.
 */
export function StartReferral({ schemeId }: { schemeId: string }) {
  const { t } = useTranslation('referrals');
  const navigate = useNavigate();
  const data = useSchemeReferral(schemeId);
  const [busy, setBusy] = useState(false);
  const [failed, setFailed] = useState(false);
  useDocumentTitle(data ? t('start.title', { scheme: data.scheme.label }) : t('start.titleNoScheme'));
  if (data === null) {
    return (
      <>
        <h1>{t('start.titleNoScheme')}</h1>
        <p className="callout">{t('start.noChecklist')}</p>
        <p>
          <Link to={routes.schemes()}>{t('start.schemesLink')}</Link>
        </p>
      </>
    );
  }
  const { scheme, checklist } = data;

  const start = (contactId?: string) => {
    setBusy(true);
    startReferral({ schemeId, checklistId: checklist.id, contactId, occurredAt: localMoment(new Date()) }).then(
      (started) => navigate(`${routes.contact(started.contactId)}#referral-${started.referralId}`),
      (error: unknown) => {
        console.error(error);
        setBusy(false);
        setFailed(true);
      },
    );
  };

  return (
    <>
      <nav aria-label={t('start.breadcrumb')} className="breadcrumb">
        <Link to={routes.scheme(scheme.id)} lang="fr">
          {scheme.label}
        </Link>
      </nav>
      <h1>{t('start.title', { scheme: scheme.label })}</h1>
      <p className="lead">{t('start.intro')}</p>
      {failed && (
        <p role="alert" className="error-text">
          {t('start.failed')}
        </p>
      )}
      <section className="referral-start" aria-labelledby="referral-new-contact">
        <h2 id="referral-new-contact">{t('start.newHeading')}</h2>
        <p className="muted">{t('start.newHint')}</p>
        <button type="button" className="button button--primary" disabled={busy} onClick={() => start()}>
          {t('start.newButton')}
        </button>
      </section>
      <section className="referral-start" aria-labelledby="referral-existing-contact">
        <h2 id="referral-existing-contact">{t('start.existingHeading')}</h2>
        <ContactPicker busy={busy} onPick={(contactId) => start(contactId)} />
      </section>
    </>
  );
}
