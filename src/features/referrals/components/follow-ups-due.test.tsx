import { configure, screen, within } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { freshDb, renderApp } from '../../../../tests/unit/render-app';
import { saveContact, updateContactBody } from '../../../data/contacts/contact-store';
import type { ContactBody } from '../../../shared/protocol/protocol';
import { localDay } from '../format';
import { addReferral, setReferralFollowUp, setReferralOutcome } from '../../../shared/contacts/referral-ops';
import { FollowUpsDue } from './follow-ups-due';

configure({ asyncUtilTimeout: 5000 });

beforeEach(async () => {
  await freshDb();
});

const DAY = 24 * 3600 * 1000;
const day = (offset: number) => localDay(new Date(Date.now() + offset * DAY));

const body = (overrides: Partial<ContactBody> = {}): ContactBody => ({
  schemaVersion: 1,
  occurredAt: '2026-03-14T21:05:00+01:00',
  place: 'Hall B',
  ageBands: [],
  topics: [],
  signals: [],
  schemes: [],
  ...overrides,
});

async function withReferral(scheme: string, outcome: 'waiting' | 'accepted', followUp: string) {
  const row = await saveContact(body());
  let referralId = '';
  await updateContactBody(row.id, (b) => {
    const added = addReferral(b, scheme, `referral-${scheme}`, new Date().toISOString());
    referralId = added.referral.id;
    const at = new Date().toISOString();
    return setReferralFollowUp(setReferralOutcome(added.body, referralId, outcome, at), referralId, followUp, at);
  });
  return { contactId: row.id, referralId };
}

describe('FollowUpsDue', { timeout: 60_000 }, () => {
  it('[S85] lists due referral and contact follow-ups, oldest first, linking to them', async () => {
    const late = await withReferral('cej', 'waiting', day(-2));
    await withReferral('epide', 'waiting', day(3));
    await withReferral('e2c', 'accepted', day(-5));
    const contact = await saveContact(body({ followUpDate: day(0) }));
    await renderApp(<FollowUpsDue />);

    const section = await screen.findByRole('region', { name: 'Follow-ups due' });
    expect(within(section).getByText('2 follow-ups due today or earlier.')).toBeVisible();
    const links = within(section).getAllByRole('link');
    expect(links.map((link) => link.getAttribute('href'))).toEqual([
      `/contacts/${late.contactId}#referral-${late.referralId}`,
      `/contacts/${contact.id}`,
    ]);
    expect(links[0]).toHaveTextContent(/^Referral to CEJ \(Waiting for an answer\) Due /);
    expect(links[1]).toHaveTextContent(/^Contact follow-up Due /);
    // The place stays on the contact's page: the home screen can be seen over a shoulder.
    expect(section).not.toHaveTextContent('Hall B');
  });

  it('shows nothing when no follow-up is due', async () => {
    await withReferral('cej', 'waiting', day(1));
    const { container } = await renderApp(<FollowUpsDue />);
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(container).toBeEmptyDOMElement();
  });
});
