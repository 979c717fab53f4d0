import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { RichText } from '../../../ui/components/rich-text';
import type { ChecklistRow } from '../../../data/content';
import type { Referral } from '../../../shared/protocol/protocol';

interface Props {
  referral: Referral;
  checklist: ChecklistRow;
  onToggle: (stepId: string) => void;
}

/**
 * The checklist's steps as checkboxes in a fieldset. Each box shows what is stored, never an optimistic state:
 * a tick appears once the new revision of the contact is saved.
 */
export function ReferralSteps({ referral, checklist, onToggle }: Props) {
  const { t } = useTranslation('referrals');
  const prefix = useId();
  const done = new Set(referral.stepsDone);
  const count = checklist.steps.filter((step) => done.has(step.id)).length;
  return (
    <fieldset className="referral-steps">
      <legend>{t('card.steps', { count, total: checklist.steps.length })}</legend>
      <ol>
        {checklist.steps.map((step) => {
          const inputId = `${prefix}-${step.id}`;
          return (
            <li key={step.id} className="referral-step">
              <input id={inputId} type="checkbox" checked={done.has(step.id)} onChange={() => onToggle(step.id)} />
              <label htmlFor={inputId}>
                <RichText text={step.text} />
              </label>
            </li>
          );
        })}
      </ol>
    </fieldset>
  );
}
