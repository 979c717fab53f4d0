/**
 * The dashboard's filters, kept in the URL's query (`?period=last-month&kind=street…`): a reload, a bookmark
 * or an offline restart opens the same report, and the printed page is the one on screen.
 */
import { useMemo } from 'react';
import { useSearchParams } from 'react-router';
import { CONTACT_KINDS, type ContactKind } from '../../../shared/protocol/protocol';
import type { StatsQuery } from '../../../shared/protocol/stats';
import { localToday, PERIOD_PRESETS, periodOf, type PeriodChoice, type PeriodPreset } from '../period';

export interface DashboardFilters {
  preset: PeriodPreset;
  from: string;
  to: string;
  kind: ContactKind | '';
  scheme: string;
  compare: boolean;
  showWorkers: boolean;
}

const DEFAULT_PRESET: PeriodPreset = 'last-month';
const isPreset = (value: string | null): value is PeriodPreset => PERIOD_PRESETS.includes(value as PeriodPreset);
const isKind = (value: string | null): value is ContactKind => CONTACT_KINDS.includes(value as ContactKind);
const SCHEME_ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

export function useDashboardQuery() {
  const [params, setParams] = useSearchParams();
  const filters: DashboardFilters = {
    preset: isPreset(params.get('period')) ? (params.get('period') as PeriodPreset) : DEFAULT_PRESET,
    from: params.get('from') ?? '',
    to: params.get('to') ?? '',
    kind: isKind(params.get('kind')) ? (params.get('kind') as ContactKind) : '',
    scheme: SCHEME_ID.test(params.get('scheme') ?? '') ? (params.get('scheme') ?? '') : '',
    compare: params.get('compare') !== 'off',
    showWorkers: params.get('workers') !== 'hide',
  };
  const { preset, from, to, kind, scheme } = filters;
  // Today once per render is enough: a preset moves with the calendar, a stored report keeps its own dates.
  const today = localToday();
  const choice: PeriodChoice = useMemo(() => periodOf(preset, today, { from, to }), [preset, today, from, to]);
  const query: StatsQuery | undefined = useMemo(
    () => (choice.ok ? { ...choice.period, ...(kind ? { kind } : {}), ...(scheme ? { scheme } : {}) } : undefined),
    [choice, kind, scheme],
  );

  const update = (changes: Partial<DashboardFilters>) => {
    const next = { ...filters, ...changes };
    const search = new URLSearchParams();
    search.set('period', next.preset);
    if (next.preset === 'custom') {
      if (next.from) search.set('from', next.from);
      if (next.to) search.set('to', next.to);
    }
    if (next.kind) search.set('kind', next.kind);
    if (next.scheme) search.set('scheme', next.scheme);
    if (!next.compare) search.set('compare', 'off');
    if (!next.showWorkers) search.set('workers', 'hide');
    setParams(search, { replace: true });
  };

  return { filters, choice, query, update };
}
