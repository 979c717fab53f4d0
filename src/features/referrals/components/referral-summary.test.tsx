/**
 * The summary's Share ([S86]): the shared text names the local structures of the scheme (as the printed summary
 * shows them) and still nothing about the young person.
 */
import { configure, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { freshDb, renderApp } from '../../../../tests/unit/render-app';
import { saveContact, updateContactBody } from '../../../data/contacts/contact-store';
import type { LimitsDb } from '../../../platform/db/db';
import { addReferral } from '../../../shared/contacts/referral-ops';
import { ReferralSummary } from './referral-summary';

configure({ asyncUtilTimeout: 5000 });

let db: LimitsDb;
beforeEach(async () => {
  db = await freshDb();
});
afterEach(() => {
  Reflect.deleteProperty(navigator, 'share');
});

async function contactWithReferral() {
  const row = await saveContact({
    schemaVersion: 1,
    occurredAt: '2026-03-14T21:05:00+01:00',
    place: 'Hall B',
    note: 'Kevin, 15, wants to leave the point',
    ageBands: ['13-15'],
    topics: [],
    signals: [],
    schemes: [],
  });
  let referralId = '';
  await updateContactBody(row.id, (body) => {
    const added = addReferral(body, 'cej', 'referral-cej', new Date().toISOString());
    referralId = added.referral.id;
    return added.body;
  });
  return { contactId: row.id, referralId };
}

describe('sharing a referral summary', { timeout: 30_000 }, () => {
  it('[S86] the shared text lists the scheme’s local structures, never the contact', async () => {
    await db.directoryEntries.bulkPut([
      {
        id: '00000000-0000-4000-8000-000000000001',
        schemeId: 'cej',
        name: 'Mission locale de Lille',
        address: '12 rue Nationale\n59000 Lille',
        phone: '03 20 12 34 56',
        openingHours: 'Mon–Fri 9:00–12:00',
        notes: 'Ask for the duty adviser',
        source: 'team',
      },
      { id: '00000000-0000-4000-8000-000000000002', schemeId: 'epide', name: 'EPIDE Cambrai', source: 'device' },
    ]);
    const share = vi.fn((_data: ShareData) => Promise.resolve());
    Object.defineProperty(navigator, 'share', { value: share, configurable: true });
    const { contactId, referralId } = await contactWithReferral();
    const user = userEvent.setup({ delay: null });
    await renderApp(<ReferralSummary contactId={contactId} referralId={referralId} notFound={<p>Not found</p>} />, {
      url: '/summary',
    });
    await user.click(await screen.findByRole('button', { name: 'Share' }));
    await vi.waitFor(() => expect(share).toHaveBeenCalledTimes(1));
    const text = share.mock.calls[0]?.[0].text ?? '';
    expect(text).toContain(
      '\n\nLocal contact\nMission locale de Lille\nAddress: 12 rue Nationale, 59000 Lille\n' +
        'Phone: 03 20 12 34 56\nOpening hours: Mon–Fri 9:00–12:00',
    );
    // Another scheme's structure, the structure's notes and the contact's details stay out.
    expect(text).not.toMatch(/EPIDE Cambrai|duty adviser|Hall B|Kevin|13–15|2026/);
  });
});
