import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { routes } from '../../../shared/routes';
import { useDocumentTitle } from '../../../ui/hooks/use-document-title';
import { startReferral } from '../../../data/contacts/referrals/start-referral';
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
  const heading = useRef<HTMLHeadingElement>(null);
  // Shown in place of the passcode form once the code is set (src/features/security, VaultGate): the page is
  // still scrolled to that form's button, which would leave the title and the first choice above the screen.
  useEffect(() => {
    if ((heading.current?.getBoundingClientRect().top ?? 0) < 0) window.scrollTo({ top: 0 });
  }, []);
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
      <h1 ref={heading}>{t('start.title', { scheme: scheme.label })}</h1>
      {failed && (
        <p role="alert" className="error-text">
          {t('start.failed')}
        </p>
      )}
      {/* The action first, right under the title: on a phone it stays above the fold under the lock bar
          that follows setting the passcode; what a referral is comes after it. */}
      <section className="referral-start" aria-labelledby="referral-new-contact">
        <h2 id="referral-new-contact">{t('start.newHeading')}</h2>
        <button type="button" className="button button--primary" disabled={busy} onClick={() => start()}>
          {t('start.newButton')}
        </button>
        <p className="muted">{t('start.newHint')}</p>
      </section>
      <p className="muted referral-start__intro">{t('start.intro')}</p>
      <section className="referral-start" aria-labelledby="referral-existing-contact">
        <h2 id="referral-existing-contact">{t('start.existingHeading')}</h2>
        <ContactPicker busy={busy} onPick={(contactId) => start(contactId)} />
      </section>
    </>
  );
}
