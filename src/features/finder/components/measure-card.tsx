import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { SchemeRow } from '../../../data/content';
import { inlineToPlainText } from '../../../shared/text/inline-markup';
import { routes } from '../../../shared/routes';
import type { MeasureResult } from '../evaluate-eligibility';
import { useContentHref } from '../hooks/use-content-href';
import { SchemeResult } from './scheme-result';

interface Props {
  measure: MeasureResult<SchemeRow>;
  checklists: Map<string, string>;
  /** The language of the content texts (Table 1, checklist titles). */
  lang: string;
}

/** A Table 1 response for the family or the environment, with the schemes that fit and its checklists. */
export function MeasureCard({ measure, checklists, lang }: Props) {
  const { t } = useTranslation('finder');
  const href = useContentHref();
  const { factor, response } = measure;
  const links = response.checklists.filter((id) => checklists.has(id));
  return (
    <li className="finder-measure">
      <h3 className="finder-measure__title" lang={lang}>
        {inlineToPlainText(response.text)}
      </h3>
      <p className="muted finder-measure__factor">
        {t('measures.factor', { scope: t(`measures.scopes.${factor.scope}`) })}{' '}
        <span lang={lang}>{inlineToPlainText(factor.factor)}</span>
      </p>
      <ul className="finder-list">
        {measure.schemes.map((result) => (
          <SchemeResult key={result.scheme.id} result={result} headingLevel={4} variant="match" />
        ))}
      </ul>
      {links.length > 0 && (
        <>
          <h4 className="finder-measure__checklists">{t('measures.checklists')}</h4>
          <ul>
            {links.map((id) => (
              <li key={id}>
                <Link to={href(routes.checklist(id))} lang={lang}>
                  {inlineToPlainText(checklists.get(id) ?? '')}
                </Link>
              </li>
            ))}
          </ul>
        </>
      )}
    </li>
  );
}
