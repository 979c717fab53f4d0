/**
 * One statistics answer as the dashboard's sections of labelled rows: what the screen's tables, the printed
 * report and the CSV all show, so the three can never disagree. Pure: the labels come from the caller
 * (translations and the content pack).
 */
import type { ReferralOutcome } from '../../shared/protocol/protocol';
import type { StatsCount, StatsResponse } from '../../shared/protocol/stats';

export const SECTION_IDS = [
  'totals',
  'activity',
  'kinds',
  'ageBands',
  'signals',
  'topics',
  'schemesSuggested',
  'referralsByScheme',
  'outcomes',
  'daysToOutcome',
  'followUps',
  'workers',
] as const;
export type SectionId = (typeof SECTION_IDS)[number];

export interface ReportRow {
  id: string;
  label: string;
  count: StatsCount;
  /** The same count over the previous period (totals only). */
  previous?: StatsCount;
  /** A number of days (the median), not a count: null means not published. */
  days?: boolean;
  /** Rows under this one (a scheme's referrals by outcome). */
  children?: ReportRow[];
}

export interface ReportSection {
  id: SectionId;
  rows: ReportRow[];
}

/** Names of every item, in the reader's language. */
export interface ReportLabels {
  total(id: 'contacts' | 'people' | 'referrals'): string;
  bucket(start: string, group: StatsResponse['period']['group']): string;
  kind(id: string): string;
  ageBand(id: string): string;
  signal(id: string): string;
  topic(id: string): string;
  scheme(id: string): string;
  outcome(id: ReferralOutcome): string;
  daysToOutcome(id: 'closed' | 'median'): string;
  followUp(id: 'due' | 'overdue'): string;
}

const rows = (list: readonly { id: string; contacts: StatsCount }[], label: (id: string) => string): ReportRow[] =>
  list.map((item) => ({ id: item.id, label: label(item.id), count: item.contacts }));

/** The answer's sections in the dashboard's order; the workers' only when they are shown. */
export function reportSections(
  report: StatsResponse,
  labels: ReportLabels,
  options: { showWorkers: boolean },
): ReportSection[] {
  const totals = (['contacts', 'people', 'referrals'] as const).map((id) => ({
    id,
    label: labels.total(id),
    count: report.totals[id],
    previous: report.previousTotals[id],
  }));
  const outcomes = (list: StatsResponse['referrals']['outcomes']) =>
    list.map((item) => ({ id: item.id, label: labels.outcome(item.id), count: item.referrals }));
  const sections: ReportSection[] = [
    { id: 'totals', rows: totals },
    {
      id: 'activity',
      rows: report.activity.map((bucket) => ({
        id: bucket.start,
        label: labels.bucket(bucket.start, report.period.group),
        count: bucket.contacts,
        children: [
          { id: 'people', label: labels.total('people'), count: bucket.people },
          ...rows(bucket.byKind, labels.kind),
        ],
      })),
    },
    { id: 'kinds', rows: rows(report.kinds, labels.kind) },
    { id: 'ageBands', rows: rows(report.ageBands, labels.ageBand) },
    { id: 'signals', rows: rows(report.signals, labels.signal) },
    { id: 'topics', rows: rows(report.topics, labels.topic) },
    { id: 'schemesSuggested', rows: rows(report.schemesSuggested, labels.scheme) },
    {
      id: 'referralsByScheme',
      rows: report.referrals.byScheme.map((scheme) => ({
        id: scheme.id,
        label: labels.scheme(scheme.id),
        count: scheme.started,
        children: outcomes(scheme.outcomes),
      })),
    },
    { id: 'outcomes', rows: outcomes(report.referrals.outcomes) },
    {
      id: 'daysToOutcome',
      rows: [
        { id: 'closed', label: labels.daysToOutcome('closed'), count: report.referrals.daysToOutcome.closed },
        {
          id: 'median',
          label: labels.daysToOutcome('median'),
          count: report.referrals.daysToOutcome.median,
          days: true,
        },
      ],
    },
    {
      id: 'followUps',
      rows: (['due', 'overdue'] as const).map((id) => ({
        id,
        label: labels.followUp(id),
        count: report.followUps[id],
      })),
    },
  ];
  if (options.showWorkers) {
    sections.push({
      id: 'workers',
      rows: report.workers.map((worker, index) => ({ id: String(index), label: worker.label, count: worker.contacts })),
    });
  }
  return sections;
}
