import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { RichText } from '../../../ui/components/rich-text';
import type { ChecklistRunRow } from '../../../platform/db/rows';
import type { ChecklistRow } from '../../../data/content';
import { useContentLanguage } from '../../../platform/i18n/content-language';
import { toggleStep } from '../../../data/checklists/toggle-step';
import { doneCount } from '../progress';

interface Props {
  checklist: ChecklistRow;
  /** The run in progress; undefined before the first tick and after a restart. */
  run: ChecklistRunRow | undefined;
  /**
   * The device's runs are still being read: the steps show (they are content, in the prerendered page) but
   * cannot be ticked yet, so no tick lands on a run that is not known.
   */
  pending?: boolean;
}

/**
 * The steps as checkboxes. Each box shows what is stored (the run from the database), never an optimistic
 * state: a tick appears once it is saved, and a failed save leaves the box as it was, with an alert.
 */
export function ChecklistSteps({ checklist, run, pending = false }: Props) {
  const { t } = useTranslation('checklists');
  const prefix = useId();
  const [failed, setFailed] = useState(false);
  const lang = useContentLanguage();
  const ticked = new Set(run?.ticked);
  const total = checklist.steps.length;
  const done = doneCount(checklist, run);

  const toggle = (stepId: string) => {
    toggleStep(checklist.id, stepId, new Date(), lang).then(
      () => setFailed(false),
      (error: unknown) => {
        console.error(error);
        setFailed(true);
      },
    );
  };

  return (
    <>
      <div className="checklist-progress">
        <p role="status" className="checklist-progress__text">
          {t('progress', { count: done, total })}
        </p>
        <progress max={total} value={done} aria-hidden="true" />
      </div>
      {failed && (
        <p role="alert" className="error-text">
          {t('saveFailed')}
        </p>
      )}
      <ol className="checklist-steps">
        {checklist.steps.map((step) => {
          const inputId = `${prefix}-${step.id}`;
          const detailId = `${inputId}-detail`;
          return (
            <li key={step.id} className="checklist-step">
              <input
                id={inputId}
                type="checkbox"
                className="checklist-step__box"
                checked={ticked.has(step.id)}
                disabled={pending}
                onChange={() => toggle(step.id)}
                aria-describedby={step.detail ? detailId : undefined}
              />
              <div className="checklist-step__body">
                <label htmlFor={inputId} className="checklist-step__label">
                  <RichText text={step.text} />
                </label>
                {step.detail && (
                  <p id={detailId} className="checklist-step__detail">
                    <RichText text={step.detail} />
                  </p>
                )}
              </div>
            </li>
          );
        })}
      </ol>
    </>
  );
}
