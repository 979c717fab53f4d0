import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { SchemeRow } from '../../../data/content';
import { inlineToPlainText } from '../../../shared/text/inline-markup';
import { routes } from '../../../shared/routes';
import { ageSpan } from '../eligibility-display';
import type { AgeExtension } from '../filter-schemes';
import { AgeSpanText } from './age-span-text';
import '../../../styles/glosses.css';

interface Props {
  scheme: SchemeRow;
  /** The age filter, when the scheme fits it only through these extensions. */
  age?: number;
  extensions: AgeExtension[];
}

/** A scheme in the directory: names, category, summary, age range, and why it fits the age when it is borderline. */
export function SchemeCard({ scheme, age, extensions }: Props) {
  const { t } = useTranslation('schemes');
  const { eligibility } = scheme;
  return (
    <li className="scheme-card">
      <h2 className="scheme-card__title">
        <Link to={routes.scheme(scheme.id)} className="scheme-card__link">
          {scheme.acronym && (
            <>
              <span className="scheme-card__acronym" lang="fr">
                {scheme.acronym}
              </span>{' '}
            </>
          )}
          <span className="scheme-card__name-fr" lang="fr">
            {inlineToPlainText(scheme.nameFr)}
          </span>
        </Link>
      </h2>
      <p className="scheme-card__name-en gloss" lang="en">
        {inlineToPlainText(scheme.nameEn)}
      </p>
      <p className="scheme-card__meta">
        <span className="tag">{t(`categories.${scheme.category}`)}</span>{' '}
        <span className="scheme-card__age">
          <AgeSpanText span={ageSpan(eligibility.ageMin, eligibility.ageMax)} />
        </span>
      </p>
      <p className="scheme-card__summary">{inlineToPlainText(scheme.summary)}</p>
      {age !== undefined &&
        extensions.map((extension) => (
          <p key={extension.fact} className="scheme-card__note">
            {t('extensionNote', { age, ageMax: extension.ageMax, condition: t(`conditions.${extension.fact}`) })}
          </p>
        ))}
    </li>
  );
}
