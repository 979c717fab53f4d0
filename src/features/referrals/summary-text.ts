/**
 * The referral summary as plain text, for the Web Share API ([S86]). It carries the scheme, the steps done and to
 * do, the outcome and the local structures to contact (as the printed summary does): nothing from the contact
 * (no date, place, note, age), so it can go to a partner.
 */
import type { TFunction } from 'i18next';
import type { ChecklistRow } from '../../data/content';
import { inlineToPlainText } from '../../shared/text/inline-markup';
import type { Referral } from '../../shared/protocol/protocol';
import type { SchemeLabel } from '../../data/content/referral-content';
import type { LocalStructure } from '../../data/directory/list-scheme-entries';

/** A multi-line field (address, opening hours) on one line: a share often ends up in a text message. */
const oneLine = (value: string, separator: string) =>
  value
    .split(/\r\n|\r|\n/)
    .map((line) => line.trim())
    .filter(Boolean)
    .join(separator);

function structureLines(t: TFunction<'referrals'>, structure: LocalStructure): string[] {
  const lines = [structure.name];
  if (structure.address) lines.push(t('summary.structureAddress', { value: oneLine(structure.address, ', ') }));
  if (structure.phone) lines.push(t('summary.structurePhone', { value: structure.phone }));
  if (structure.email) lines.push(t('summary.structureEmail', { value: structure.email }));
  if (structure.openingHours) {
    lines.push(t('summary.structureHours', { value: oneLine(structure.openingHours, '; ') }));
  }
  return lines;
}

export function summaryText(
  t: TFunction<'referrals'>,
  referral: Referral,
  scheme: SchemeLabel,
  checklist: ChecklistRow | undefined,
  structures: readonly LocalStructure[] = [],
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
  if (structures.length > 0) {
    lines.push('', t('summary.localContact'));
    // A blank line between structures so that each reads as one block.
    structures.forEach((structure, index) => {
      if (index > 0) lines.push('');
      lines.push(...structureLines(t, structure));
    });
  }
  return lines.join('\n');
}
