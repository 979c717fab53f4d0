import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { GuideSectionLinks } from '../../../ui/components/guide-section-link';
import { RichText } from '../../../ui/components/rich-text';
import type { SectionRef, TableFactorRow } from '../../../data/content';
import { inlineToPlainText } from '../../../shared/text/inline-markup';
import { routes } from '../../../shared/routes';

type Response = TableFactorRow['responses'][number];

export interface Labels {
  sections: Map<string, SectionRef>;
  schemes: Map<string, string>;
  checklists: Map<string, string>;
}

interface Props {
  factor: TableFactorRow;
  labels: Labels;
  headingLevel: 2 | 3;
}

/** What stands behind one response: guide sections, schemes and checklists, as a definition list. */
function ResponseLinks({ response, labels }: { response: Response; labels: Labels }) {
  const { t } = useTranslation('table1');
  const sections = response.sections.flatMap((id) => labels.sections.get(id) ?? []);
  const schemes = response.schemes.flatMap((id) => {
    const label = labels.schemes.get(id);
    return label ? [{ id, label }] : [];
  });
  const checklists = response.checklists.flatMap((id) => {
    const title = labels.checklists.get(id);
    return title ? [{ id, title }] : [];
  });
  return (
    <dl className="t1-links">
      {sections.length > 0 && (
        <div>
          <dt>{t('links.sections')}</dt>
          <dd>
            <GuideSectionLinks sections={sections} className="t1-list" />
          </dd>
        </div>
      )}
      {schemes.length > 0 && (
        <div>
          <dt>{t('links.schemes')}</dt>
          <dd>
            <ul className="t1-chips">
              {schemes.map((scheme) => (
                <li key={scheme.id}>
                  <Link to={routes.scheme(scheme.id)} className="t1-chip">
                    {scheme.label}
                  </Link>
                </li>
              ))}
            </ul>
          </dd>
        </div>
      )}
      {checklists.length > 0 && (
        <div>
          <dt>{t('links.checklists')}</dt>
          <dd>
            <ul className="t1-list">
              {checklists.map((checklist) => (
                <li key={checklist.id}>
                  <Link to={routes.checklist(checklist.id)}>{inlineToPlainText(checklist.title)}</Link>
                </li>
              ))}
            </ul>
          </dd>
        </div>
      )}
    </dl>
  );
}

/** One factor of Table 1 as a card: the factor, then each possible response with what stands behind it. */
export function FactorCard({ factor, labels, headingLevel }: Props) {
  const { t } = useTranslation('table1');
  const Heading = `h${headingLevel}` as const;
  const headingId = `factor-${factor.id}`;
  return (
    <li className="t1-factor">
      <Heading id={headingId} className="t1-factor__title">
        <RichText text={factor.factor} />
      </Heading>
      <p className="t1-factor__label" id={`${headingId}-responses`}>
        {t('responses')}
      </p>
      <ol className="t1-responses" aria-labelledby={`${headingId}-responses`}>
        {factor.responses.map((response, index) => (
          <li key={index} className="t1-response">
            <p className="t1-response__text">
              <RichText text={response.text} />
            </p>
            <ResponseLinks response={response} labels={labels} />
          </li>
        ))}
      </ol>
    </li>
  );
}
