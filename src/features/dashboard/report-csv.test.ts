/** The steering committee's CSV: what each report gives, line by line. */
import { describe, expect, it } from 'vitest';
import { statsAnswer } from '../../../tests/unit/stats-answer';
import { parseCsv } from '../../shared/csv';
import type { StatsResponse } from '../../shared/protocol/stats';
import { buildReportCsv, type ReportCsvText } from './report-csv';
import { reportSections, type ReportLabels } from './report-model';

const labels: ReportLabels = {
  total: (id) => `total:${id}`,
  bucket: (start, group) => `${group}:${start}`,
  kind: (id) => `kind:${id}`,
  ageBand: (id) => `age:${id}`,
  signal: (id) => `signal:${id}`,
  topic: (id) => `topic:${id}`,
  scheme: (id) => `scheme:${id}`,
  outcome: (id) => `outcome:${id}`,
  daysToOutcome: (id) => `days:${id}`,
  followUp: (id) => `follow-up:${id}`,
};

function csvText(report: StatsResponse): ReportCsvText {
  const { threshold } = report.suppression;
  return {
    about: [
      ['Team', report.team],
      ['Suppression', `counts under ${threshold} shown as < ${threshold}, others rounded to 5`],
    ],
    columns: ['Section', 'Item', 'Value', 'Previous period'],
    section: (id) => `section:${id}`,
    value: (row) => (row.count === null ? (row.days ? 'not published' : `< ${threshold}`) : String(row.count)),
  };
}

/** The CSV read back as rows of cells (what a spreadsheet shows). */
function read(text: string, separator: ',' | ';'): string[][] {
  expect(text.startsWith('\uFEFF')).toBe(true);
  const parsed = parseCsv(text.slice(1), separator);
  if (!parsed.ok) throw new Error(parsed.message);
  return parsed.records.map((record) => record.cells);
}

const build = (report: StatsResponse, showWorkers: boolean, separator: ',' | ';' = ',') =>
  read(buildReportCsv(reportSections(report, labels, { showWorkers }), csvText(report), separator), separator);

describe('buildReportCsv', () => {
  const rows = build(statsAnswer(), true);
  const line = (section: string, item: string) => rows.find((cells) => cells[0] === section && cells[1] === item);

  it('starts with what the report is, then the column names', () => {
    expect(rows.slice(0, 4)).toEqual([
      ['Team', 'Équipe Nord'],
      ['Suppression', 'counts under 5 shown as < 5, others rounded to 5'],
      [''],
      ['Section', 'Item', 'Value', 'Previous period'],
    ]);
  });

  it.each([
    // section, item, value, previous
    ['section:totals', 'total:contacts', '45', '30'],
    ['section:totals', 'total:people', '60', '< 5'],
    ['section:totals', 'total:referrals', '10', '0'],
    ['section:activity', 'month:2026-11-01', '45', ''],
    ['section:activity', 'month:2026-11-01 — total:people', '60', ''],
    ['section:activity', 'month:2026-11-01 — kind:family', '< 5', ''],
    ['section:kinds', 'kind:family', '< 5', ''],
    ['section:ageBands', 'age:under-13', '< 5', ''],
    ['section:signals', 'signal:school-dropout', '15', ''],
    ['section:topics', 'topic:family-taboo', '< 5', ''],
    ['section:schemesSuggested', 'scheme:tapaj', '< 5', ''],
    ['section:referralsByScheme', 'scheme:cej', '10', ''],
    ['section:referralsByScheme', 'scheme:cej — outcome:in-progress', '< 5', ''],
    ['section:outcomes', 'outcome:accepted', '5', ''],
    ['section:daysToOutcome', 'days:median', '12', ''],
    ['section:followUps', 'follow-up:due', '< 5', ''],
    ['section:followUps', 'follow-up:overdue', '5', ''],
    ['section:workers', 'Phone of Sam', '25', ''],
  ])('%s / %s: %s (previous %s)', (section, item, value, previous) => {
    expect(line(section, item)).toEqual([section, item, value, previous]);
  });

  it('says a median that is not published in words', () => {
    const report = statsAnswer({
      referrals: { ...statsAnswer().referrals, daysToOutcome: { closed: null, median: null } },
    });
    const cells = build(report, true).find((row) => row[1] === 'days:median');
    expect(cells?.[2]).toBe('not published');
  });

  it('leaves the workers out when the coordinator hides them', () => {
    expect(build(statsAnswer(), false).some((cells) => cells[0] === 'section:workers')).toBe(false);
  });

  it('neutralises a team name or worker label that starts like a formula, with either separator', () => {
    const report = statsAnswer({
      team: '=HYPERLINK("http://x","y")',
      workers: [
        { label: '@SUM(A1)', contacts: 5 },
        { label: 'Sam;+1', contacts: 5 },
      ],
    });
    for (const separator of [',', ';'] as const) {
      const cells = build(report, true, separator);
      expect(cells[0]).toEqual(['Team', `'=HYPERLINK("http://x","y")`]);
      expect(cells.filter((row) => row[0] === 'section:workers').map((row) => row[1])).toEqual([
        "'@SUM(A1)",
        "Sam;'+1",
      ]);
    }
  });
});
