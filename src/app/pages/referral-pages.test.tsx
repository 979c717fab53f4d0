import { configure, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { freshDb, renderApp } from '../../../tests/unit/render-app';
import { getContact, saveContact, updateContactBody } from '../../data/contacts/contact-store';
import { setPasscode, setVaultIterationsForTests } from '../../data/device-lock/vault-store';
import { getVaultSession } from '../../platform/vault';
import type { ContactBody } from '../../shared/protocol/protocol';
import { addReferral, setReferralFollowUp } from '../../shared/contacts/referral-ops';
import { ContactRoute } from './contact-pages';
import { ReferralSummaryRoute } from './referral-pages';
import { SchemeRoute } from './scheme-pages';

configure({ asyncUtilTimeout: 5000 });

beforeEach(async () => {
  await freshDb();
  // Contacts and referrals sit behind the lock (issue #6): an unlocked vault, with a fast KDF for tests.
  setVaultIterationsForTests(1000);
  await setPasscode('test passcode phrase');
});
afterEach(() => {
  vi.restoreAllMocks();
  getVaultSession().lock('manual');
});

const body = (overrides: Partial<ContactBody> = {}): ContactBody => ({
  schemaVersion: 1,
  occurredAt: '2026-03-14T21:05:00+01:00',
  place: 'Hall B',
  note: 'Kevin, 15, wants to leave the point',
  ageBands: ['13-15'],
  topics: [],
  signals: [],
  schemes: [],
  ...overrides,
});

async function contactWithReferral() {
  const row = await saveContact(body());
  let referralId = '';
  await updateContactBody(row.id, (b) => {
    const added = addReferral(b, 'cej', 'referral-cej', new Date().toISOString());
    referralId = added.referral.id;
    return added.body;
  });
  return { contactId: row.id, referralId };
}

function showContact(id: string) {
  return renderApp(<ContactRoute />, {
    url: `/contacts/${id}`,
    path: '/contacts/:contactId',
    routes: [
      { path: '/contacts/:contactId/referrals/:referralId', element: <ReferralSummaryRoute /> },
      { path: '/contacts', element: <p>Contact list</p> },
    ],
  });
}

describe('referrals on the contact page', { timeout: 60_000 }, () => {
  it('[S82] each tick, outcome and follow-up date is saved at once as a new revision', async () => {
    const user = userEvent.setup({ delay: null });
    const { contactId, referralId } = await contactWithReferral();
    await showContact(contactId);
    const section = await screen.findByRole('region', { name: 'Referrals' });
    const card = within(section).getByRole('article', { name: 'CEJ' });
    const steps = within(card).getByRole('group', { name: /^Steps of the referral checklist \(0 of \d+ done\)$/ });

    await user.click(within(steps).getByRole('checkbox', { name: /^Explain the scheme/ }));
    await waitFor(() => expect(within(steps).getByRole('checkbox', { name: /^Explain the scheme/ })).toBeChecked());
    expect(within(section).getByRole('status')).toHaveTextContent('Saved on this device. Waiting to sync');
    await user.click(within(steps).getByRole('checkbox', { name: /^Obtain the young person's consent/ }));
    await waitFor(async () => expect((await getContact(contactId))?.revision).toBe(4));

    await user.selectOptions(within(card).getByLabelText('Outcome'), 'Waiting for an answer');
    await waitFor(async () => expect((await getContact(contactId))?.revision).toBe(5));
    await user.type(within(card).getByLabelText('Follow-up date'), '2026-03-21');
    await waitFor(async () => expect((await getContact(contactId))?.revision).toBe(6));

    const stored = await getContact(contactId);
    expect(stored?.syncState).toBe('pending');
    expect(stored?.body?.referrals).toEqual([
      expect.objectContaining({
        id: referralId,
        stepsDone: ['explain', 'consent'],
        outcome: 'waiting',
        followUpDate: '2026-03-21',
      }),
    ]);
    // The contact's own fields are untouched, and its page shows the new revision's state.
    expect(stored?.body).toMatchObject({ place: 'Hall B', note: 'Kevin, 15, wants to leave the point' });
    // The page follows the stored row through a live query: it may come a moment after the row is written.
    expect(await screen.findByText(/^Version 6/)).toBeVisible();
    expect(within(card).getByRole('group', { name: /\(2 of \d+ done\)/ })).toBeVisible();
  });

  it('keeps what is typed in the contact form across a tick, and the form saves the latest referrals', async () => {
    const user = userEvent.setup({ delay: null });
    const { contactId } = await contactWithReferral();
    await showContact(contactId);
    const note = await screen.findByLabelText('Note');
    await user.clear(note);
    await user.type(note, 'Calm');
    await user.click(screen.getByRole('checkbox', { name: /^Explain the scheme/ }));
    await waitFor(() => expect(screen.getByRole('checkbox', { name: /^Explain the scheme/ })).toBeChecked());
    expect(screen.getByLabelText('Note')).toHaveValue('Calm');
    await user.click(screen.getByRole('button', { name: 'Save' }));
    expect(await screen.findByText('Contact list')).toBeVisible();
    expect((await getContact(contactId))?.body?.note).toBe('Calm');
    expect((await getContact(contactId))?.body?.referrals?.[0]?.stepsDone).toEqual(['explain']);
  });

  it('removes a referral after a confirmation; cancelling keeps it', async () => {
    const user = userEvent.setup({ delay: null });
    const { contactId } = await contactWithReferral();
    await showContact(contactId);
    await user.click(await screen.findByRole('button', { name: 'Remove the referral' }));
    const dialog = screen.getByRole('alertdialog', { name: 'Remove the referral to CEJ?' });
    expect(within(dialog).getByRole('button', { name: 'Keep it' })).toHaveFocus();
    await user.keyboard('{Escape}');
    expect(screen.getByRole('button', { name: 'Remove the referral' })).toHaveFocus();
    await user.click(screen.getByRole('button', { name: 'Remove the referral' }));
    await user.click(screen.getByRole('button', { name: 'Remove' }));
    expect(await screen.findByText(/No referral for this contact/)).toBeVisible();
    const stored = await getContact(contactId);
    expect(stored?.body).not.toHaveProperty('referrals');
    expect(stored?.revision).toBe(3);
  });

  it('[S86] the summary shows the scheme, steps and outcome, never the contact; shares it as text and prints', async () => {
    const user = userEvent.setup({ delay: null });
    const { contactId, referralId } = await contactWithReferral();
    await updateContactBody(contactId, (b) => setReferralFollowUp(b, referralId, '2026-03-21', '2026-03-15T00:00:00Z'));
    const share = vi.fn(() => Promise.resolve());
    Object.defineProperty(navigator, 'share', { value: share, configurable: true });
    const print = vi.spyOn(window, 'print').mockImplementation(() => undefined);
    try {
      await showContact(contactId);
      await user.click(await screen.findByRole('link', { name: 'Share or print the summary' }));
      expect(await screen.findByRole('heading', { level: 1, name: 'Referral summary: CEJ' })).toBeVisible();
      expect(screen.getByText('In progress')).toBeVisible();
      expect(screen.getAllByText('To do').length).toBeGreaterThan(5);
      const page = document.body.textContent ?? '';
      expect(page).not.toMatch(/Hall B|Kevin|13–15|2026/);

      await user.click(screen.getByRole('button', { name: 'Share' }));
      expect(share).toHaveBeenCalledTimes(1);
      const [{ title, text }] = share.mock.calls[0] as unknown as [{ title: string; text: string }];
      expect(title).toBe('Referral summary: CEJ');
      expect(text).toMatch(
        /^Referral to CEJ – Contrat d’engagement jeune\nOutcome: In progress\n\nSteps\n\[ \] Explain/,
      );
      expect(text).not.toMatch(/Hall B|Kevin|2026/);
      await user.click(screen.getByRole('button', { name: 'Print' }));
      expect(print).toHaveBeenCalledTimes(1);
    } finally {
      Reflect.deleteProperty(navigator, 'share');
    }
  });
});

describe('the scheme page', () => {
  it('offers "Start a referral" for a referral scheme only', async () => {
    const { unmount } = await renderApp(<SchemeRoute />, { url: '/schemes/cej', path: '/schemes/:schemeId' });
    expect(await screen.findByRole('link', { name: 'Start a referral' })).toHaveAttribute(
      'href',
      '/referrals/new?scheme=cej',
    );
    unmount();
    await renderApp(<SchemeRoute />, { url: '/schemes/rao', path: '/schemes/:schemeId' });
    expect(await screen.findByRole('heading', { level: 1 })).toHaveTextContent('RAO');
    expect(screen.queryByRole('link', { name: 'Start a referral' })).not.toBeInTheDocument();
  });
});
