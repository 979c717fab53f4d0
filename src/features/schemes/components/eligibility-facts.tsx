import { useTranslation } from 'react-i18next';
import type { Eligibility, EligibilityFact } from '../../../content/schema';
import { describeEligibility } from '../eligibility-display';
import { AgeSpanText } from './age-span-text';

function FactList({ facts }: { facts: EligibilityFact[] }) {
  const { t } = useTranslation('schemes');
  return (
    <ul>
      {facts.map((fact) => (
        <li key={fact}>{t(`facts.${fact}`)}</li>
      ))}
    </ul>
  );
}

/** The structured eligibility as readable facts: age range and extensions, conditions, priority situations. */
export function EligibilityFacts({ eligibility }: { eligibility: Eligibility }) {
  const { t } = useTranslation('schemes');
  const view = describeEligibility(eligibility);
  return (
    <dl className="eligibility">
      <div>
        <dt>{t('eligibility.age')}</dt>
        <dd>
          <AgeSpanText span={view.age} />
          {view.extensions.length > 0 && (
            <ul>
              {view.extensions.map((extension) => (
                <li key={extension.fact}>
                  {t('eligibility.extension', {
                    ageMax: extension.ageMax,
                    condition: t(`conditions.${extension.fact}`),
                  })}
                </li>
              ))}
            </ul>
          )}
        </dd>
      </div>
      {view.requires.length > 0 && (
        <div>
          <dt>{t('eligibility.requires')}</dt>
          <dd>
            <FactList facts={view.requires} />
          </dd>
        </div>
      )}
      {view.requiresAnyOf.length > 0 && (
        <div>
          <dt>{t('eligibility.requiresAnyOf')}</dt>
          <dd>
            <FactList facts={view.requiresAnyOf} />
          </dd>
        </div>
      )}
      {view.priorityFor.length > 0 && (
        <div>
          <dt>{t('eligibility.priorityFor')}</dt>
          <dd>
            <FactList facts={view.priorityFor} />
          </dd>
        </div>
      )}
    </dl>
  );
}
