import { useTranslation } from 'react-i18next';
import type { SchemeRow } from '../../../data/content';
import type { FinderResult } from '../evaluate-eligibility';

interface Props {
  /** undefined before any question is answered. */
  result: FinderResult<SchemeRow> | undefined;
  /** The id of the results' first heading, scrolled to and focused by "See the results". */
  targetId: string;
}

/**
 * The finder's answer on one screen: how many schemes fit, kept in sight at the bottom of the screen while the
 * questions are answered (sticky), with a button that jumps to the results. Its count is a live region, so
 * screen readers hear it change with each answer.
 */
export function FinderJumpBar({ result, targetId }: Props) {
  const { t } = useTranslation('finder');
  const toCheck = result?.matches.filter((match) => match.status === 'to-check').length ?? 0;
  const summary = result
    ? t('results.matchCount', { count: result.matches.length }) +
      (toCheck > 0 ? ` (${t('results.toCheckCount', { count: toCheck })})` : '')
    : t('results.prompt');

  const jump = () => {
    const target = document.getElementById(targetId);
    if (!target) return;
    // Instant, not smooth: it respects reduced motion and lands at once even on a slow phone.
    target.scrollIntoView({ block: 'start' });
    // The heading takes the focus, so keyboard and screen-reader users continue from the results.
    target.focus({ preventScroll: true });
  };

  return (
    <div className={result ? 'finder-jump finder-jump--answered' : 'finder-jump'}>
      {/* Always in the DOM, so screen readers announce the count as the answers change. */}
      <p role="status" className="finder-summary">
        {summary}
      </p>
      {result && (
        <button type="button" className="button button--primary button--small finder-jump__button" onClick={jump}>
          {t('results.jump')}
        </button>
      )}
    </div>
  );
}
