import { useEffect, useRef, useState, type KeyboardEvent, type RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import type { ChecklistRunRow } from '../../../platform/db/rows';
import type { ChecklistRow } from '../../../data/content';
import { restartRun } from '../../../data/checklists/restart-run';
import { doneCount, formatDateTime } from '../progress';

interface Props {
  checklist: ChecklistRow;
  current: ChecklistRunRow | undefined;
  previous: ChecklistRunRow[];
  /** Where focus goes after a restart (the restart button disappears with the run). */
  afterRestart: RefObject<HTMLElement | null>;
}

/** Dates of the run in progress, the restart button (with an in-page confirmation) and the history. */
export function RunPanel({ checklist, current, previous, afterRestart }: Props) {
  const { t, i18n } = useTranslation('checklists');
  const format = (iso: string) => formatDateTime(iso, i18n.language);
  const [confirming, setConfirming] = useState(false);
  const [failed, setFailed] = useState(false);
  const restartButton = useRef<HTMLButtonElement>(null);
  const cancelButton = useRef<HTMLButtonElement>(null);
  const total = checklist.steps.length;

  // The confirmation takes focus on its safe choice; closing it gives focus back to the button that opened it.
  const wasConfirming = useRef(false);
  useEffect(() => {
    if (confirming) cancelButton.current?.focus();
    else if (wasConfirming.current) restartButton.current?.focus();
    wasConfirming.current = confirming;
  }, [confirming]);

  const closeOnEscape = (event: KeyboardEvent) => {
    if (event.key === 'Escape') setConfirming(false);
  };

  const restart = () => {
    restartRun(checklist.id).then(
      () => {
        setFailed(false);
        wasConfirming.current = false;
        setConfirming(false);
        afterRestart.current?.focus();
      },
      (error: unknown) => {
        console.error(error);
        setFailed(true);
      },
    );
  };

  return (
    <div className="run-panel">
      {current ? (
        <p className="muted">
          {t('runDates', { started: format(current.startedAt), updated: format(current.updatedAt) })}
        </p>
      ) : (
        <p className="muted">{t('notStarted')}</p>
      )}
      {failed && (
        <p role="alert" className="error-text">
          {t('restart.failed')}
        </p>
      )}
      {current &&
        (confirming ? (
          <div
            role="alertdialog"
            aria-labelledby="restart-title"
            aria-describedby="restart-body"
            className="confirm-panel"
          >
            <p id="restart-title" className="confirm-panel__title">
              {t('restart.title')}
            </p>
            <p id="restart-body">{t('restart.body')}</p>
            <div className="field-row">
              <button type="button" className="button button--primary" onClick={restart} onKeyDown={closeOnEscape}>
                {t('restart.confirm')}
              </button>
              <button
                ref={cancelButton}
                type="button"
                className="button"
                onClick={() => setConfirming(false)}
                onKeyDown={closeOnEscape}
              >
                {t('restart.cancel')}
              </button>
            </div>
          </div>
        ) : (
          <button ref={restartButton} type="button" className="button" onClick={() => setConfirming(true)}>
            <span aria-hidden="true">↺</span> {t('restart.button')}
          </button>
        ))}
      {previous.length > 0 && (
        <details className="run-history">
          <summary>{t('history.summary', { count: previous.length })}</summary>
          <ul>
            {previous.map((run) => (
              <li key={run.id}>
                {t('history.run', {
                  started: format(run.startedAt),
                  archived: format(run.archivedAt ?? run.updatedAt),
                  progress: t('progress', { count: doneCount(checklist, run), total }),
                })}
              </li>
            ))}
          </ul>
        </details>
      )}
    </div>
  );
}
