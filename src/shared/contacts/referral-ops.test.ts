import { describe, expect, it } from 'vitest';
import { contactBody as body } from '../../../tests/unit/example-contacts';
import { ContactBodySchema, type ContactBody, type Referral } from '../protocol/protocol';
import {
  addReferral,
  isClosed,
  ReferralNotFoundError,
  removeReferral,
  setReferralFollowUp,
  setReferralOutcome,
  toggleReferralStep,
} from './referral-ops';

const AT = '2026-03-14T20:00:00.000Z';
const LATER = '2026-03-14T20:05:00.000Z';
const STEPS = ['explain', 'check-eligibility', 'consent', 'cej-plan', 'record-outcome'];

function started(base = body()): { body: ContactBody; referral: Referral } {
  return addReferral(base, 'cej', 'referral-cej', AT);
}

describe('referral ops', () => {
  it('[S80][S83] adds an in-progress referral with a UUID, no steps, and the scheme among the suggested', () => {
    const { body: next, referral } = started(body({ schemes: ['epide'] }));
    expect(referral).toEqual({
      id: expect.stringMatching(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/),
      schemeId: 'cej',
      checklistId: 'referral-cej',
      startedAt: AT,
      stepsDone: [],
      outcome: 'in-progress',
      updatedAt: AT,
    });
    expect(next.schemes).toEqual(['epide', 'cej']);
    expect(next.referrals).toEqual([referral]);
    expect(ContactBodySchema.safeParse(next).success).toBe(true);
  });

  it('[S83] reopens the open referral to the same scheme; after a closed one, starts a new one', () => {
    const first = started();
    const again = addReferral(first.body, 'cej', 'referral-cej', LATER);
    expect(again.referral).toBe(first.referral);
    expect(again.body).toBe(first.body);
    const closed = setReferralOutcome(first.body, first.referral.id, 'refused', LATER);
    const second = addReferral(closed, 'cej', 'referral-cej', LATER);
    expect(second.referral.id).not.toBe(first.referral.id);
    expect(second.body.referrals).toHaveLength(2);
    expect(second.body.schemes).toEqual(['cej']);
  });

  it('[S8][S80] keeps the steps done in the checklist order, whatever the order of the ticks', () => {
    const { body: b, referral } = started();
    let next = toggleReferralStep(b, referral.id, 'cej-plan', STEPS, LATER);
    next = toggleReferralStep(next, referral.id, 'explain', STEPS, LATER);
    next = toggleReferralStep(next, referral.id, 'consent', STEPS, LATER);
    expect(next.referrals?.[0]).toMatchObject({ stepsDone: ['explain', 'consent', 'cej-plan'], updatedAt: LATER });
    next = toggleReferralStep(next, referral.id, 'explain', STEPS, LATER);
    expect(next.referrals?.[0]?.stepsDone).toEqual(['consent', 'cej-plan']);
    expect(() => toggleReferralStep(next, referral.id, 'no-such-step', STEPS, LATER)).toThrow(/not in/);
  });

  it('keeps a step the checklist no longer has (content update) instead of dropping it', () => {
    const { body: b, referral } = started();
    const old = toggleReferralStep(b, referral.id, 'old-step', ['old-step', ...STEPS], AT);
    const next = toggleReferralStep(old, referral.id, 'consent', STEPS, LATER);
    expect(next.referrals?.[0]?.stepsDone).toEqual(['consent', 'old-step']);
  });

  it('[S84] sets the outcome and follow-up date; clearing the date removes the field', () => {
    const { body: b, referral } = started();
    let next = setReferralOutcome(b, referral.id, 'waiting', LATER);
    next = setReferralFollowUp(next, referral.id, '2026-03-21', LATER);
    expect(next.referrals?.[0]).toMatchObject({ outcome: 'waiting', followUpDate: '2026-03-21' });
    next = setReferralFollowUp(next, referral.id, '', LATER);
    expect(next.referrals?.[0]).not.toHaveProperty('followUpDate');
    expect(setReferralOutcome(next, referral.id, 'waiting', '2030-01-01T00:00:00.000Z')).toEqual(next);
    expect(['in-progress', 'waiting'].map((o) => isClosed(o as never))).toEqual([false, false]);
    expect(['accepted', 'refused', 'not-pursued'].map((o) => isClosed(o as never))).toEqual([true, true, true]);
  });

  it('removes a referral; the last one takes the field with it; an unknown id throws', () => {
    const first = started();
    const second = addReferral(
      setReferralOutcome(first.body, first.referral.id, 'accepted', AT),
      'cej',
      'referral-cej',
      AT,
    );
    const one = removeReferral(second.body, first.referral.id);
    expect(one.referrals?.map((r) => r.id)).toEqual([second.referral.id]);
    const none = removeReferral(one, second.referral.id);
    expect(none).not.toHaveProperty('referrals');
    expect(none.schemes).toEqual(['cej']);
    expect(() => removeReferral(none, first.referral.id)).toThrow(ReferralNotFoundError);
    expect(() => setReferralOutcome(none, first.referral.id, 'accepted', AT)).toThrow(ReferralNotFoundError);
  });
});
