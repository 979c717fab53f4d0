import { configure, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useParams } from 'react-router';
import { beforeEach, describe, expect, it } from 'vitest';
import { freshDb, renderApp } from '../../../../tests/unit/render-app';
import { saveContact } from '../../../data/contacts/contact-store';
import type { LimitsDb } from '../../../platform/db/db';
import type { ContactBody } from '../../../shared/protocol/protocol';
import { ContactReferrals } from './contact-referrals';
import { StartReferral } from './start-referral';

configure({ asyncUtilTimeout: 5000 });

let db: LimitsDb;
beforeEach(async () => {
  db = await freshDb();
});

const body = (overrides: Partial<ContactBody> = {}): ContactBody => ({
  schemaVersion: 1,
  occurredAt: '2026-03-14T21:05:00+01:00',
  ageBands: [],
  topics: [],
  signals: [],
  schemes: [],
  ...overrides,
});

function show(scheme = 'cej', language: 'en' | 'fr' = 'en') {
  return renderApp(<StartReferral schemeId={scheme} />, {
    url: `/referrals/new?scheme=${scheme}`,
    path: '/referrals/new',
    language,
    routes: [{ path: '/contacts/:contactId', element: <ContactPage /> }],
  });
}

/** Stands in for the contact page: the referrals section of the contact in the URL. */
function ContactPage() {
  const { contactId = '' } = useParams();
  return <ContactReferrals contactId={contactId} />;
}

describe('StartReferral', { timeout: 60_000 }, () => {
  it('[S83] starts a referral on a new contact dated now, then opens it on the contact', async () => {
    const user = userEvent.setup({ delay: null });
    await show();
    expect(await screen.findByRole('heading', { level: 1, name: 'Start a referral to CEJ' })).toBeVisible();
    const before = Date.now();
    await user.click(screen.getByRole('button', { name: 'New contact with this referral' }));

    const card = await screen.findByRole('article', { name: 'CEJ' });
    // Focus moves in an effect after the card's first render: wait for it rather than race it.
    await waitFor(() => expect(within(card).getByRole('heading', { level: 3, name: 'CEJ' })).toHaveFocus());
    const rows = await db.contacts.toArray();
    expect(rows).toHaveLength(1);
    const row = rows[0]!;
    expect(row).toMatchObject({ revision: 1, syncState: 'pending' });
    expect(row.body?.schemes).toEqual(['cej']);
    expect(row.body?.referrals).toEqual([
      expect.objectContaining({ schemeId: 'cej', checklistId: 'referral-cej', outcome: 'in-progress', stepsDone: [] }),
    ]);
    expect(Date.parse(row.body!.occurredAt)).toBeGreaterThanOrEqual(before - 60_000);
    expect(row.body?.occurredAt).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:00[+-]\d{2}:\d{2}$/);
  });

  it('[S83] attaches to an existing contact found by place, newest first, as a new revision', async () => {
    const user = userEvent.setup({ delay: null });
    const old = await saveContact(body({ occurredAt: '2026-03-10T10:00:00+01:00', place: 'Gare du Nord' }));
    const recent = await saveContact(body({ occurredAt: '2026-03-12T10:00:00+01:00', place: 'Hall B' }));
    await show();
    const list = await screen.findByRole('list');
    const names = within(list)
      .getAllByRole('button')
      .map((button) => button.getAttribute('aria-label'));
    expect(names).toEqual([
      expect.stringMatching(/^Attach the referral to the contact of Mar 12, 2026, .*Hall B$/),
      expect.stringMatching(/^Attach the referral to the contact of Mar 10, 2026, .*Gare du Nord$/),
    ]);
    expect(screen.getByRole('status')).toHaveTextContent('2 contacts');

    await user.type(screen.getByLabelText('Find a contact by date or place'), 'gare');
    expect(screen.getByRole('status')).toHaveTextContent('1 contact');
    await user.click(screen.getByRole('button', { name: /Gare du Nord$/ }));

    expect(await screen.findByRole('article', { name: 'CEJ' })).toBeVisible();
    const stored = await db.contacts.get(old.id);
    expect(stored).toMatchObject({ revision: 2 });
    expect(stored?.body).toMatchObject({ place: 'Gare du Nord', schemes: ['cej'] });
    expect(stored?.body?.referrals).toHaveLength(1);
    expect((await db.contacts.get(recent.id))?.revision).toBe(1);
  });

  it('[S83] reopens the open referral of the contact instead of adding a second one', async () => {
    const user = userEvent.setup({ delay: null });
    const row = await saveContact(body({ place: 'Hall B' }));
    await show();
    await user.click(await screen.findByRole('button', { name: /Hall B$/ }));
    await screen.findByRole('article', { name: 'CEJ' });
    await show();
    await user.click((await screen.findAllByRole('button', { name: /Hall B$/ }))[0]!);
    await waitFor(async () => expect((await db.contacts.get(row.id))?.body?.referrals).toHaveLength(1));
  });

  it('says so for a scheme without a referral checklist, in French too', async () => {
    await show('no-such-scheme', 'fr');
    expect(await screen.findByRole('heading', { level: 1, name: 'Démarrer une orientation' })).toBeVisible();
    expect(screen.getByText(/n’a pas de fiche d’orientation/)).toBeVisible();
  });
});
