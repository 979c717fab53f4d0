import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { routes } from '../../../lib/routes';
import { CONTACT_KINDS } from '../../../sync/protocol';
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
      <div className="field">
        <label htmlFor="contact-filter-period">{t('filters.period')}</label>
        <select
          id="contact-filter-period"
          value={filters.period}
          onChange={(event) => onChange('period', event.target.value)}
        >
          {PERIODS.map((period) => (
            <option key={period} value={period}>
              {t(`filters.periods.${period}`)}
            </option>
          ))}
        </select>
      </div>
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
      <div className="field">
        <label htmlFor="contact-filter-kind">{t('filters.kind')}</label>
        <select id="contact-filter-kind" value={filters.kind ?? ''} onChange={(e) => onChange('kind', e.target.value)}>
          <option value="">{t('filters.allKinds')}</option>
          {CONTACT_KINDS.map((kind) => (
            <option key={kind} value={kind}>
              {t(`kinds.${kind}`)}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor="contact-filter-sync">{t('filters.sync')}</label>
        <select id="contact-filter-sync" value={filters.sync ?? ''} onChange={(e) => onChange('sync', e.target.value)}>
          <option value="">{t('filters.allStates')}</option>
          {SYNC_VALUES.map((state) => (
            <option key={state} value={state}>
              {t(`sync.${state}`)}
            </option>
          ))}
        </select>
      </div>
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
