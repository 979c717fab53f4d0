/**
 * The referral summary as plain text, for the Web Share API ([S86]). It carries the scheme, the steps done and to
 * do, and the outcome: nothing from the contact (no date, place, note, age), so it can go to a partner.
 */
import type { TFunction } from 'i18next';
import type { ChecklistRow } from '../../db/rows';
import { inlineToPlainText } from '../../lib/inline-markup';
import type { Referral } from '../../sync/protocol';
import type { SchemeLabel } from './data/list-referral-content';

export function summaryText(
  t: TFunction<'referrals'>,
  referral: Referral,
  scheme: SchemeLabel,
  checklist: ChecklistRow | undefined,
): string {
  const done = new Set(referral.stepsDone);
  const title = scheme.label === scheme.name ? scheme.name : `${scheme.label} – ${scheme.name}`;
  const lines = [
    t('summary.shareTitle', { scheme: title }),
    t('summary.outcomeLine', { outcome: t(`outcomes.${referral.outcome}`) }),
  ];
  if (checklist) {
    lines.push('', t('summary.steps'));
    for (const step of checklist.steps) {
      const mark = done.has(step.id) ? t('summary.doneMark') : t('summary.todoMark');
      lines.push(`${mark} ${inlineToPlainText(step.text)}`);
    }
  }
  return lines.join('\n');
}
