/**
 * Which follow-ups are due (docs/SPEC.md [S85]): a referral whose follow-up date is today or past and whose
 * outcome does not close it, and a contact's own follow-up date, today or past, unless every referral of the
 * contact is closed (the follow-up was about them). Pure: the data op gives it the recently changed contacts.
 */
import type { ContactRow } from '../contact-store';
import type { ReferralOutcome } from '../../../shared/protocol/protocol';
import { isClosed, referralsOf } from '../../../shared/contacts/referral-ops';

export type FollowUp =
  | { kind: 'contact'; contactId: string; date: string; occurredAt: string }
  | {
      kind: 'referral';
      contactId: string;
      date: string;
      occurredAt: string;
      referralId: string;
      schemeId: string;
      outcome: ReferralOutcome;
    };

/** `today` is the device's local date, `YYYY-MM-DD` (dates compare as strings in that form). Oldest first. */
export function dueFollowUps(rows: readonly ContactRow[], today: string): FollowUp[] {
  const due: FollowUp[] = [];
  for (const row of rows) {
    const body = row.body;
    if (row.deleted || !body) continue;
    const referrals = referralsOf(body);
    const allClosed = referrals.length > 0 && referrals.every((referral) => isClosed(referral.outcome));
    if (body.followUpDate && body.followUpDate <= today && !allClosed) {
      due.push({ kind: 'contact', contactId: row.id, date: body.followUpDate, occurredAt: body.occurredAt });
    }
    for (const referral of referrals) {
      if (!referral.followUpDate || referral.followUpDate > today || isClosed(referral.outcome)) continue;
      due.push({
        kind: 'referral',
        contactId: row.id,
        date: referral.followUpDate,
        occurredAt: body.occurredAt,
        referralId: referral.id,
        schemeId: referral.schemeId,
        outcome: referral.outcome,
      });
    }
  }
  return due.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : a.occurredAt < b.occurredAt ? -1 : 1));
}
