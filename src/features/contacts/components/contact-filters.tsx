import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { routes } from '../../../shared/routes';
import { SelectField } from '../../../ui/components/select-field';
import { CONTACT_KINDS } from '../../../shared/protocol/protocol';
import { isFiltered, isRangeReversed, PERIODS, SYNC_VALUES, type ListFilters } from '../list-filters';

export type FilterName = 'period' | 'from' | 'to' | 'kind' | 'sync';

interface Props {
  filters: ListFilters;
  /** The raw values as typed (the URL's), so a half-typed date is not replaced under the caret. */
  raw: Record<FilterName, string>;
  onChange: (name: FilterName, value: string) => void;
}

/** Period, kind and sync state; the values live in the URL so they survive a reload and the back button. */
export function ContactFilters({ filters, raw, onChange }: Props) {
  const { t } = useTranslation('contacts');
  return (
    <form
      role="search"
      aria-label={t('filters.label')}
      className="contact-filters"
      onSubmit={(e) => e.preventDefault()}
    >
      <SelectField
        id="contact-filter-period"
        label={t('filters.period')}
        value={filters.period}
        options={PERIODS.map((period) => ({ value: period, label: t(`filters.periods.${period}`) }))}
        onChange={(period) => onChange('period', period)}
      />
      {filters.period === 'custom' && (
        <>
          <div className="field">
            <label htmlFor="contact-filter-from">{t('filters.from')}</label>
            <input
              id="contact-filter-from"
              type="date"
              value={raw.from}
              onChange={(event) => onChange('from', event.target.value)}
              aria-describedby={isRangeReversed(filters) ? 'contact-filter-range-error' : undefined}
            />
          </div>
          <div className="field">
            <label htmlFor="contact-filter-to">{t('filters.to')}</label>
            <input
              id="contact-filter-to"
              type="date"
              value={raw.to}
              onChange={(event) => onChange('to', event.target.value)}
              aria-describedby={isRangeReversed(filters) ? 'contact-filter-range-error' : undefined}
            />
          </div>
          {isRangeReversed(filters) && (
            <p id="contact-filter-range-error" className="error-text contact-filters__wide">
              {t('filters.reversed')}
            </p>
          )}
        </>
      )}
      <SelectField
        id="contact-filter-kind"
        label={t('filters.kind')}
        value={filters.kind ?? ''}
        emptyOption={t('filters.allKinds')}
        options={CONTACT_KINDS.map((kind) => ({ value: kind, label: t(`kinds.${kind}`) }))}
        onChange={(kind) => onChange('kind', kind)}
      />
      <SelectField
        id="contact-filter-sync"
        label={t('filters.sync')}
        value={filters.sync ?? ''}
        emptyOption={t('filters.allStates')}
        options={SYNC_VALUES.map((state) => ({ value: state, label: t(`sync.${state}`) }))}
        onChange={(state) => onChange('sync', state)}
      />
      {isFiltered(filters) && (
        <p className="contact-filters__wide">
          <Link to={routes.contacts()} className="button button--small" preventScrollReset replace>
            {t('filters.clear')}
          </Link>
        </p>
      )}
    </form>
  );
}
