/**
 * [S31][S80] The referral columns of the CSV exports, shared by the server's team export and the device's own
 * export so both files have the same columns. Pure: no DOM and no Node imports.
 */
import type { ContactBody } from '../protocol/protocol';

/** Appended after `referrals` (the full JSON): readable summaries for a spreadsheet. */
export const REFERRAL_CSV_COLUMNS = ['referralSchemes', 'referralOutcomes'] as const;

/** `cej; epide` — the referral's schemes, in the contact's order (repeated if referred twice). */
export function referralSchemesCell(referrals: ContactBody['referrals']): string | undefined {
  return referrals?.length ? referrals.map((referral) => referral.schemeId).join('; ') : undefined;
}

/** `cej: waiting; epide: refused` — each referral's outcome, in the same order. */
export function referralOutcomesCell(referrals: ContactBody['referrals']): string | undefined {
  return referrals?.length
    ? referrals.map((referral) => `${referral.schemeId}: ${referral.outcome}`).join('; ')
    : undefined;
}
