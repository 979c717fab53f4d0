import { useTranslation } from 'react-i18next';
import { schemeLabelOf } from '../../../data/content/scheme-labels';
import { useContent } from '../../../data/content/use-content';
import { CONTACT_KINDS, type ContactKind } from '../../../shared/protocol/protocol';
import { SelectField } from '../../../ui/components/select-field';
import type { DashboardFilters } from '../hooks/use-dashboard-query';
import { PERIOD_PRESETS, type PeriodChoice, type PeriodPreset } from '../period';

interface Props {
  filters: DashboardFilters;
  choice: PeriodChoice;
  onChange: (changes: Partial<DashboardFilters>) => void;
}

/** Period (presets or two dates), kind and scheme, comparison and the workers' counts; each with its label. */
export function DashboardFilters({ filters, choice, onChange }: Props) {
  const { t, i18n } = useTranslation('dashboard');
  const content = useContent();
  const language = i18n.language === 'fr' ? 'fr' : 'en';
  const schemes = content.schemes
    .map((scheme) => schemeLabelOf(scheme, language))
    .sort((a, b) => a.label.localeCompare(b.label, language));
  return (
    <fieldset className="dash-filters">
      <legend>{t('filters.legend')}</legend>
      <SelectField
        id="dash-period"
        label={t('filters.period')}
        value={filters.preset}
        options={PERIOD_PRESETS.map((preset) => ({ value: preset, label: t(`filters.presets.${preset}`) }))}
        onChange={(preset) => onChange({ preset: preset as PeriodPreset })}
      />
      {filters.preset === 'custom' && (
        <div className="dash-filters__dates">
          <div className="field">
            <label htmlFor="dash-from">{t('filters.from')}</label>
            <input
              id="dash-from"
              type="date"
              value={filters.from}
              onChange={(event) => onChange({ from: event.target.value })}
            />
          </div>
          <div className="field">
            <label htmlFor="dash-to">{t('filters.to')}</label>
            <input
              id="dash-to"
              type="date"
              value={filters.to}
              onChange={(event) => onChange({ to: event.target.value })}
            />
          </div>
          {!choice.ok && (
            <p className="error-text" role="alert">
              {t(`filters.problems.${choice.problem}`)}
            </p>
          )}
        </div>
      )}
      <SelectField
        id="dash-kind"
        label={t('filters.kind')}
        value={filters.kind}
        emptyOption={t('filters.all')}
        options={CONTACT_KINDS.map((kind) => ({ value: kind, label: t(`kinds.${kind}`) }))}
        onChange={(kind) => onChange({ kind: kind as ContactKind | '' })}
      />
      <SelectField
        id="dash-scheme"
        label={t('filters.scheme')}
        value={filters.scheme}
        emptyOption={t('filters.all')}
        options={schemes.map((scheme) => ({
          value: scheme.id,
          label: scheme.label === scheme.name ? scheme.name : `${scheme.label} — ${scheme.name}`,
        }))}
        onChange={(scheme) => onChange({ scheme })}
      />
      <div className="dash-check">
        <input
          id="dash-compare"
          type="checkbox"
          checked={filters.compare}
          onChange={(event) => onChange({ compare: event.target.checked })}
        />
        <label htmlFor="dash-compare">{t('filters.compare')}</label>
      </div>
      <div className="dash-check">
        <input
          id="dash-workers"
          type="checkbox"
          checked={filters.showWorkers}
          onChange={(event) => onChange({ showWorkers: event.target.checked })}
        />
        <label htmlFor="dash-workers">{t('filters.showWorkers')}</label>
      </div>
    </fieldset>
  );
}
