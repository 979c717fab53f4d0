/** [S84][S85] Which follow-ups are due, over contacts whose referrals are changed by the shared referral ops. */
import { describe, expect, it } from 'vitest';
import { contactBody as body } from '../../../../tests/unit/example-contacts';
import type { ContactRow } from '../contact-store';
import { addReferral, setReferralFollowUp, setReferralOutcome } from '../../../shared/contacts/referral-ops';
import type { ContactBody, Referral } from '../../../shared/protocol/protocol';
import { dueFollowUps } from './follow-ups';

const AT = '2026-03-14T20:00:00.000Z';


function started(base = body()): { body: ContactBody; referral: Referral } {
  return addReferral(base, 'cej', 'referral-cej', AT);
}

function row(id: string, b: ContactBody | null): ContactRow {
  return {
    id,
    revision: 1,
    createdAt: AT,
    updatedAt: AT,
    occurredAt: b?.occurredAt ?? AT,
    deleted: b === null,
    body: b,
    syncState: 'pending',
    syncedRevision: 0,
  };
}

describe('dueFollowUps', () => {
  const TODAY = '2026-03-20';
  const withReferral = (outcome: Referral['outcome'], followUpDate?: string, contactDate?: string) => {
    const { body: b, referral } = started(body({ followUpDate: contactDate }));
    let next = setReferralOutcome(b, referral.id, outcome, AT);
    if (followUpDate) next = setReferralFollowUp(next, referral.id, followUpDate, AT);
    return next;
  };

  it('[S85] lists open referrals and contacts due today or earlier, oldest first', () => {
    const due = dueFollowUps(
      [
        row('a', withReferral('waiting', '2026-03-20')),
        row('b', withReferral('in-progress', '2026-03-18')),
        row('c', withReferral('waiting', '2026-03-21')),
        row('d', body({ followUpDate: '2026-03-19' })),
        row('e', body({ followUpDate: '2026-03-22' })),
        row('f', null),
      ],
      TODAY,
    );
    expect(due.map((item) => [item.kind, item.contactId, item.date])).toEqual([
      ['referral', 'b', '2026-03-18'],
      ['contact', 'd', '2026-03-19'],
      ['referral', 'a', '2026-03-20'],
    ]);
  });

  it('[S84][S85] leaves out closed referrals, and a contact follow-up once all its referrals are closed', () => {
    const due = dueFollowUps(
      [
        row('a', withReferral('accepted', '2026-03-01')),
        row('b', withReferral('refused', '2026-03-01', '2026-03-01')),
        row('c', withReferral('not-pursued')),
        row('d', withReferral('waiting', undefined, '2026-03-02')),
      ],
      TODAY,
    );
    expect(due.map((item) => [item.kind, item.contactId])).toEqual([['contact', 'd']]);
  });
});
