/**
 * The steering committee's CSV of one report (issue #16): first what it is (title, team, period, previous
 * period, filters, when it was made, the suppression rule and the data's limits), then one line per figure:
 * section, item, value, and the previous period's value for the totals. Suppressed counts are "< threshold",
 * as on screen. Through the shared CSV module: team names and worker labels are typed by people, so a cell
 * that starts like a formula is neutralised ([S31]'s guard). French files use ";" (what a French Excel
 * splits on), English ones ",". Pure.
 */
import { BOM, csvLine, guardFormulasInside, type CsvSeparator } from '../../shared/csv';
import type { ReportRow, ReportSection, SectionId } from './report-model';

export interface ReportCsvText {
  /** [label, value] lines of the heading block, in order. */
  about: readonly (readonly [string, string])[];
  columns: readonly [string, string, string, string];
  section(id: SectionId): string;
  /** A value: the count, "< threshold", or the words for a median that is not published. */
  value(row: ReportRow): string;
}

/** "Referrals by scheme — CEJ — Accepted": a child row carries its parent's name. */
function lines(section: string, rows: readonly ReportRow[], text: ReportCsvText, prefix = ''): string[][] {
  return rows.flatMap((row) => {
    const item = prefix ? `${prefix} — ${row.label}` : row.label;
    const own = [
      section,
      item,
      text.value(row),
      row.previous === undefined ? '' : text.value({ ...row, count: row.previous }),
    ];
    return [own, ...lines(section, row.children ?? [], text, item)];
  });
}

export function buildReportCsv(
  sections: readonly ReportSection[],
  text: ReportCsvText,
  separator: CsvSeparator,
): string {
  const guard = (cells: readonly string[]) => cells.map(guardFormulasInside);
  const about = text.about.map(([label, value]) => csvLine(guard([label, value]), separator));
  const body = sections.flatMap((section) =>
    lines(text.section(section.id), section.rows, text).map((cells) => csvLine(guard(cells), separator)),
  );
  return [BOM, ...about, '\r\n', csvLine(text.columns, separator), ...body].join('');
}
