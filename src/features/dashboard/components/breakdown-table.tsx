import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { barShare } from '../format';
import { useCountText } from '../hooks/use-count-text';
import type { ReportRow, ReportSection } from '../report-model';

interface Props {
  section: ReportSection;
  threshold: number;
  /** The count column's name (contacts, referrals, or a plain value). */
  countHeader: string;
  /** A row's name as shown (a link to its Table 1 factor…); its label by default. */
  renderLabel?: (row: ReportRow) => ReactNode;
  headingLevel?: 2 | 3;
  /** Summary sentence and bars: off for a list of facts (days, follow-ups) where they say nothing. */
  ranked?: boolean;
}

/**
 * One breakdown as a table (the figures a screen reader and the print read) with a bar drawn in each row for the
 * eye, and a sentence that says what the bars show. Suppressed counts read "< threshold" and draw no bar.
 */
export function BreakdownTable({
  section,
  threshold,
  countHeader,
  renderLabel,
  headingLevel = 3,
  ranked = true,
}: Props) {
  const { t } = useTranslation('dashboard');
  const text = useCountText(threshold);
  const Heading = `h${headingLevel}` as const;
  const headingId = `dash-section-${section.id}`;
  const summary = useSummary(section.rows, threshold);
  const counts = section.rows.map((row) => row.count);
  const flat = section.rows.flatMap((row) => [
    { row, child: false },
    ...(row.children ?? []).map((c) => ({ row: c, child: true })),
  ]);
  return (
    <section className="dash-section" aria-labelledby={headingId}>
      <Heading id={headingId}>{t(`sections.${section.id}`)}</Heading>
      {ranked && <p className="dash-summary">{summary}</p>}
      <table className="dash-table" aria-labelledby={headingId}>
        <thead>
          <tr>
            <th scope="col">{t('table.item')}</th>
            <th scope="col" className="dash-table__count">
              {countHeader}
            </th>
          </tr>
        </thead>
        <tbody>
          {flat.map(({ row, child }, index) => (
            <tr key={`${row.id}-${index}`} className={child ? 'dash-table__child' : undefined}>
              <th scope="row">{renderLabel && !child ? renderLabel(row) : row.label}</th>
              <td className="dash-table__count">
                {ranked && !child && (
                  <span
                    className="dash-bar"
                    aria-hidden="true"
                    style={{ inlineSize: `${barShare(row.count, counts) * 100}%` }}
                  />
                )}
                <span className="dash-table__value">{text(row)}</span>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}

/** "Most often: X (n), then Y (m)." over the published counts; words for empty and all-suppressed lists. */
function useSummary(rows: readonly ReportRow[], threshold: number): string {
  const { t } = useTranslation('dashboard');
  const text = useCountText(threshold);
  const published = rows
    .filter((row) => row.count !== null && row.count > 0)
    .sort((a, b) => (b.count ?? 0) - (a.count ?? 0));
  const [first, second] = published;
  if (!first) {
    return rows.some((row) => row.count === null) ? t('summary.suppressedOnly', { threshold }) : t('summary.empty');
  }
  return second
    ? t('summary.listTwo', { first: first.label, count: text(first), second: second.label, secondCount: text(second) })
    : t('summary.list', { first: first.label, count: text(first) });
}
