import { useLayoutEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import {
  DIPLOMA,
  FACTS_NATURE,
  INVOLVEMENT,
  MAX_AGE,
  MIN_AGE,
  NO_VULNERABILITY,
  parseAge,
  REGIONS,
  SCHOOLING,
  VULNERABILITIES,
  YES_NO,
  type Situation,
  type SituationParams,
} from '../situation';
import type { SetParam, SetParams } from '../hooks/use-situation-params';
import { readFormAnswers } from '../read-form-answers';
import { ChoiceGroup } from './choice-group';

interface Props {
  params: SituationParams;
  situation: Situation;
  onChange: SetParam;
  /** Takes the answers given on the prerendered form before it became interactive. */
  onAdopt: SetParams;
}

const VULNERABLE_CHOICES = [...VULNERABILITIES, NO_VULNERABILITY] as const;

/** The questions answered by one choice among a few. */
type ChoiceField =
  'schooling' | 'diploma' | 'disability' | 'qpv' | 'involvement' | 'factsNature' | 'firstOffence' | 'familyRequest';

/** The questions, all optional; each answer goes to the URL at once and the results follow. */
export function SituationForm({ params, situation, onChange, onAdopt }: Props) {
  const { t } = useTranslation('finder');
  const form = useRef<HTMLFormElement>(null);
  // Once, as the form becomes interactive: what the page shows wins over the URL's (empty) answers.
  useLayoutEffect(() => {
    if (form.current) onAdopt(readFormAnswers(form.current));
    // eslint-disable-next-line react-hooks/exhaustive-deps -- only the first commit can follow a prerender
  }, []);
  const age = parseAge(params.age);
  const yesNo = YES_NO.map((value) => ({ value, label: t(value) }));
  const choices = (key: string, values: readonly string[]) =>
    values.map((value) => ({ value, label: t(`${key}.options.${value}`) }));
  const question = (field: ChoiceField, legend: string, options: { value: string; label: string }[]) => (
    <ChoiceGroup
      name={`finder-${field}`}
      legend={legend}
      dontKnow={t('dontKnow')}
      choices={options}
      value={situation[field] ?? ''}
      onChange={(value) => onChange(field, value)}
    />
  );

  const vulnerable = situation.vulnerabilities ?? [];
  // "None of these" and the situations exclude each other: ticking one unticks the other side.
  const toggleVulnerable = (value: (typeof VULNERABLE_CHOICES)[number], checked: boolean) => {
    const next = checked
      ? value === NO_VULNERABILITY
        ? [NO_VULNERABILITY]
        : [...vulnerable.filter((v) => v !== NO_VULNERABILITY), value]
      : vulnerable.filter((v) => v !== value);
    onChange('vulnerabilities', VULNERABLE_CHOICES.filter((v) => next.includes(v)).join(','));
  };

  return (
    <form ref={form} className="finder-form" aria-label={t('form')} onSubmit={(event) => event.preventDefault()}>
      <div className="field finder-age">
        <label htmlFor="finder-age">{t('age.label')}</label>
        <input
          id="finder-age"
          type="number"
          inputMode="numeric"
          min={MIN_AGE}
          max={MAX_AGE}
          step={1}
          value={params.age}
          onChange={(event) => onChange('age', event.target.value)}
          aria-describedby="finder-age-hint"
          aria-invalid={age === 'invalid'}
        />
        <span id="finder-age-hint" className={age === 'invalid' ? 'error-text' : 'muted'}>
          {age === 'invalid' ? t('age.invalid') : t('age.hint')}
        </span>
      </div>
      {question('schooling', t('schooling.legend'), choices('schooling', SCHOOLING))}
      {question('diploma', t('diploma.legend'), choices('diploma', DIPLOMA))}
      {question('disability', t('disability.legend'), yesNo)}
      {question('qpv', t('qpv.legend'), yesNo)}
      <fieldset className="finder-question" aria-describedby="finder-vulnerable-hint">
        <legend>{t('vulnerable.legend')}</legend>
        <p id="finder-vulnerable-hint" className="muted finder-hint">
          {t('vulnerable.hint')}
        </p>
        <ul className="finder-choices">
          {VULNERABLE_CHOICES.map((value) => (
            <li key={value}>
              <input
                id={`finder-vulnerable-${value}`}
                type="checkbox"
                checked={vulnerable.includes(value)}
                onChange={(event) => toggleVulnerable(value, event.target.checked)}
              />
              <label htmlFor={`finder-vulnerable-${value}`}>{t(`vulnerable.options.${value}`)}</label>
            </li>
          ))}
        </ul>
      </fieldset>
      {question('involvement', t('involvement.legend'), choices('involvement', INVOLVEMENT))}
      {question('factsNature', t('factsNature.legend'), choices('factsNature', FACTS_NATURE))}
      {question('firstOffence', t('firstOffence.legend'), yesNo)}
      {question('familyRequest', t('familyRequest.legend'), yesNo)}
      <div className="field finder-region">
        <label htmlFor="finder-region">{t('region.label')}</label>
        <select
          id="finder-region"
          value={situation.region ?? ''}
          onChange={(event) => onChange('region', event.target.value)}
          aria-describedby="finder-region-hint"
        >
          <option value="">{t('dontKnow')}</option>
          {REGIONS.map((value) => (
            <option key={value} value={value}>
              {t(`regions.${value}`)}
            </option>
          ))}
        </select>
        <span id="finder-region-hint" className="muted">
          {t('region.hint')}
        </span>
      </div>
    </form>
  );
}
