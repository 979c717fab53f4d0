import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { GuideSectionLinks } from '../../../ui/components/guide-section-link';
import { RichText } from '../../../ui/components/rich-text';
import { inlineToPlainText } from '../../../shared/text/inline-markup';
import { routes } from '../../../shared/routes';
import { useDocumentTitle } from '../../../ui/hooks/use-document-title';
import { headwords } from '../filter-terms';
import { useTermDetails } from '../hooks/use-term-details';
import '../vocabulary.css';

interface Props {
  id: string;
  /** Slot for actions from other features (favourite toggle), composed by the app. */
  actions?: ReactNode;
  notFound: ReactNode;
}

/** One term: headwords, variants, gloss, definition, notes, related terms and where the guide uses it. */
export function TermView({ id, actions, notFound }: Props) {
  const { t } = useTranslation('vocabulary');
  const details = useTermDetails(id);
  useDocumentTitle(details ? headwords(details.term) : undefined);

  if (details === null) return <>{notFound}</>;
  const { term, related, sections } = details;

  return (
    <article className="term" aria-labelledby="term-title">
      <nav aria-label={t('breadcrumb')} className="breadcrumb">
        <Link to={routes.vocabulary()}>{t('title')}</Link>
      </nav>
      <header className="page-header">
        <h1 id="term-title" lang="fr">
          {headwords(term)}
        </h1>
        {actions}
      </header>
      <dl className="term-facts">
        <div>
          <dt>{t('term.gloss')}</dt>
          <dd lang="en">
            <RichText text={term.gloss} />
            {term.projectGloss && <span className="muted"> ({t('term.projectGloss')})</span>}
          </dd>
        </div>
        {term.variants.length > 0 && (
          <div>
            <dt>{t('term.variants')}</dt>
            <dd lang="fr">{term.variants.join(', ')}</dd>
          </div>
        )}
        {term.projectVariants && term.projectVariants.length > 0 && (
          <div>
            <dt>{t('term.projectVariants')}</dt>
            <dd lang="fr">{term.projectVariants.join(', ')}</dd>
          </div>
        )}
      </dl>
      <h2>{t('term.definition')}</h2>
      <p>
        <RichText text={term.definition} />
      </p>
      {term.notes && term.notes.length > 0 && (
        <>
          <h2>{t('term.notes')}</h2>
          <ul>
            {term.notes.map((note, index) => (
              <li key={index}>
                <RichText text={note} />
              </li>
            ))}
          </ul>
        </>
      )}
      {related.length > 0 && (
        <>
          <h2>{t('term.related')}</h2>
          <ul className="term-links">
            {related.map((other) => (
              <li key={other.id}>
                <Link to={routes.term(other.id)}>
                  <span lang="fr">{headwords(other)}</span>
                </Link>{' '}
                <span className="muted">({inlineToPlainText(other.gloss)})</span>
              </li>
            ))}
          </ul>
        </>
      )}
      {sections.length > 0 && (
        <>
          <h2>{t('term.sections')}</h2>
          <GuideSectionLinks sections={sections} className="term-links" />
        </>
      )}
      <h2>{t('term.source')}</h2>
      <p>
        {term.source === 'appendix-2' ? (
          <Link to={routes.section('appendix-2')}>{t('term.sourceAppendix')}</Link>
        ) : (
          t('term.sourceGuide')
        )}
      </p>
    </article>
  );
}
