import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { GuideSectionLinks } from '../../../ui/components/guide-section-link';
import { RichText } from '../../../ui/components/rich-text';
import { inlineToPlainText } from '../../../shared/text/inline-markup';
import { routes } from '../../../shared/routes';
import { useDocumentTitle } from '../../../ui/hooks/use-document-title';
import { useSchemeDetails } from '../hooks/use-scheme-details';
import { EligibilityFacts } from './eligibility-facts';
import '../schemes.css';
import '../../../styles/glosses.css';

interface Props {
  id: string;
  /** Slot for actions from other features (favourite toggle), composed by the app. */
  actions?: ReactNode;
  /** Slot for referral schemes: the page's one primary action (the referrals feature's "Start a referral"). */
  referralActions?: ReactNode;
  /** Slot for the local structures that deliver the scheme (the directory feature), composed by the app. */
  localStructures?: ReactNode;
  notFound: ReactNode;
}

function ExternalLink({ url, label }: { url: string; label: string }) {
  return (
    <a href={url} target="_blank" rel="noopener noreferrer" className="external-link">
      {inlineToPlainText(label)}
    </a>
  );
}

/** One scheme: who it is for, what it offers, how to access it, where the guide covers it, and its sources. */
export function SchemeView({ id, actions, referralActions, localStructures, notFound }: Props) {
  const { t } = useTranslation('schemes');
  const details = useSchemeDetails(id);
  const scheme = details?.scheme;
  const nameFr = scheme ? inlineToPlainText(scheme.nameFr) : '';
  useDocumentTitle(scheme ? (scheme.acronym ? `${scheme.acronym} – ${nameFr}` : nameFr) : undefined);

  if (details === null || !scheme) return <>{notFound}</>;
  const { sections } = details;

  return (
    <article className="scheme" aria-labelledby="scheme-title">
      <nav aria-label={t('breadcrumb')} className="breadcrumb">
        <Link to={routes.schemes()}>{t('title')}</Link>
      </nav>
      <header className="page-header">
        <h1 id="scheme-title" lang="fr">
          {scheme.acronym && <span className="scheme__acronym">{scheme.acronym}</span>} {nameFr}
        </h1>
        {actions}
      </header>
      <p className="scheme__name-en gloss" lang="en">
        {inlineToPlainText(scheme.nameEn)}
      </p>
      {/* One action, above the fold: the app's "Start a referral" (primary); the checklist is a plain link. */}
      {scheme.referral && (
        <div className="scheme__referral">
          {referralActions}
          <p>
            <Link to={routes.checklist(`referral-${scheme.id}`)}>{t('referral.link')}</Link>
          </p>
        </div>
      )}
      <p>
        <span className="tag">{t(`categories.${scheme.category}`)}</span>
      </p>
      <p className="lead">
        <RichText text={scheme.summary} />
      </p>
      <h2>{t('whoFor')}</h2>
      <p>
        <RichText text={scheme.whoFor} />
      </p>
      <EligibilityFacts eligibility={scheme.eligibility} />
      <h2>{t('offers')}</h2>
      <ul>
        {scheme.offers.map((offer, index) => (
          <li key={index}>
            <RichText text={offer} />
          </li>
        ))}
      </ul>
      {scheme.duration && (
        <>
          <h2>{t('duration')}</h2>
          <p>
            <RichText text={scheme.duration} />
          </p>
        </>
      )}
      {scheme.allowance && (
        <>
          <h2>{t('allowance')}</h2>
          <p>
            <RichText text={scheme.allowance} />
          </p>
        </>
      )}
      <h2>{t('access')}</h2>
      <p>
        <RichText text={scheme.access} />
      </p>
      {localStructures}
      {sections.length > 0 && (
        <>
          <h2>{t('sections')}</h2>
          <GuideSectionLinks sections={sections} />
        </>
      )}
      {scheme.links.length > 0 && (
        <>
          <h2>{t('links')}</h2>
          <ul>
            {scheme.links.map((link) => (
              <li key={link.url}>
                <ExternalLink url={link.url} label={link.label} />
              </li>
            ))}
          </ul>
        </>
      )}
      {scheme.sources.length > 0 && (
        <section className="scheme__sources" aria-labelledby="scheme-sources">
          <h2 id="scheme-sources">{t('sources')}</h2>
          <p className="muted">{t('sourcesIntro')}</p>
          <ul>
            {scheme.sources.map((source) => (
              <li key={source.label}>
                {source.url ? <ExternalLink url={source.url} label={source.label} /> : <RichText text={source.label} />}
              </li>
            ))}
          </ul>
        </section>
      )}
    </article>
  );
}
