/**
 * Referral changes as pure functions of a contact body (docs/SPEC.md [S80]–[S84]). The data ops apply them
 * inside one read-modify-write of the contact (src/data/contacts/contact-store.ts `updateContactBody`), so every change is
 * a new revision of the contact ([S3], [S82]) and syncs with it.
 */
import { CLOSED_REFERRAL_OUTCOMES, type ContactBody, type Referral, type ReferralOutcome } from '../protocol/protocol';

export class ReferralNotFoundError extends Error {
  constructor(id: string) {
    super(`No referral ${id} on this contact`);
    this.name = 'ReferralNotFoundError';
  }
}

/** [S84] Accepted, refused and not pursued close a referral: it needs no more follow-up. */
export function isClosed(outcome: ReferralOutcome): boolean {
  return CLOSED_REFERRAL_OUTCOMES.includes(outcome);
}

export function referralsOf(body: ContactBody): Referral[] {
  return body.referrals ?? [];
}

export function newReferral(schemeId: string, checklistId: string, at: string): Referral {
  return {
    id: crypto.randomUUID().toLowerCase(),
    schemeId,
    checklistId,
    startedAt: at,
    stepsDone: [],
    outcome: 'in-progress',
    updatedAt: at,
  };
}

/** The referral still open for that scheme on the contact, if any: starting again reopens it ([S83]). */
export function openReferralFor(body: ContactBody, schemeId: string): Referral | undefined {
  return referralsOf(body).find((referral) => referral.schemeId === schemeId && !isClosed(referral.outcome));
}

/** [S83] Adds a referral to a scheme, unless one is still open for it (then that one is returned). */
export function addReferral(
  body: ContactBody,
  schemeId: string,
  checklistId: string,
  at: string,
): { body: ContactBody; referral: Referral } {
  const open = openReferralFor(body, schemeId);
  if (open) return { body, referral: open };
  const referral = newReferral(schemeId, checklistId, at);
  const schemes = body.schemes.includes(schemeId) ? body.schemes : [...body.schemes, schemeId];
  return { body: { ...body, schemes, referrals: [...referralsOf(body), referral] }, referral };
}

function changeReferral(body: ContactBody, id: string, change: (referral: Referral) => Referral): ContactBody {
  const list = referralsOf(body);
  if (!list.some((referral) => referral.id === id)) throw new ReferralNotFoundError(id);
  return { ...body, referrals: list.map((referral) => (referral.id === id ? change(referral) : referral)) };
}

/**
 * Ticks or unticks a step. `stepOrder` is the checklist's step ids: stepsDone stays in the checklist's order
 * whatever the order of the ticks, so the same ticks are the same content on every device ([S8]).
 */
export function toggleReferralStep(
  body: ContactBody,
  id: string,
  stepId: string,
  stepOrder: readonly string[],
  at: string,
): ContactBody {
  if (!stepOrder.includes(stepId)) throw new Error(`Step ${stepId} is not in the referral's checklist`);
  return changeReferral(body, id, (referral) => {
    const done = new Set(referral.stepsDone);
    if (done.has(stepId)) done.delete(stepId);
    else done.add(stepId);
    // Steps no longer in the checklist (a content update) are kept after the known ones, never dropped.
    const known = stepOrder.filter((step) => done.has(step));
    const unknown = referral.stepsDone.filter((step) => done.has(step) && !stepOrder.includes(step));
    return { ...referral, stepsDone: [...known, ...unknown], updatedAt: at };
  });
}

export function setReferralOutcome(body: ContactBody, id: string, outcome: ReferralOutcome, at: string): ContactBody {
  return changeReferral(body, id, (referral) =>
    referral.outcome === outcome ? referral : { ...referral, outcome, updatedAt: at },
  );
}

/** `date` is a `YYYY-MM-DD` value, or '' to clear the follow-up. */
export function setReferralFollowUp(body: ContactBody, id: string, date: string, at: string): ContactBody {
  return changeReferral(body, id, (referral) => {
    if ((referral.followUpDate ?? '') === date) return referral;
    const { followUpDate: _previous, ...rest } = referral;
    return date ? { ...rest, followUpDate: date, updatedAt: at } : { ...rest, updatedAt: at };
  });
}

/** Removes the referral. The scheme stays among the contact's suggested schemes: it was suggested. */
export function removeReferral(body: ContactBody, id: string): ContactBody {
  const list = referralsOf(body);
  if (!list.some((referral) => referral.id === id)) throw new ReferralNotFoundError(id);
  const rest = list.filter((referral) => referral.id !== id);
  if (rest.length > 0) return { ...body, referrals: rest };
  const { referrals: _all, ...withoutReferrals } = body;
  return withoutReferrals;
}
