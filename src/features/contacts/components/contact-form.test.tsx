import { configure, fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { freshDb, renderApp } from '../../../../tests/unit/render-app';
import type { LimitsDb } from '../../../platform/db/db';
import { saveTeamSettings } from '../../../data/team/sync-meta';
import { CONTACT_CHANGED_EVENT } from '../../../data/contacts/contact-events';
import { ContactList } from './contact-list';
import { NewContact } from './new-contact';

// These tests type, save and navigate through IndexedDB: on a busy machine that takes more than the defaults.
configure({ asyncUtilTimeout: 5000 });

let db: LimitsDb;
beforeEach(async () => {
  db = await freshDb();
});
afterEach(() => {
  vi.restoreAllMocks();
});

function show(language?: 'fr' | 'en') {
  return renderApp(<NewContact />, {
    language,
    url: '/contacts/new',
    path: '/contacts/new',
    routes: [{ path: '/contacts', element: <ContactList /> }],
  });
}

const save = () => screen.getByRole('button', { name: 'Save' });
const storedDraft = () => db.contactDrafts.get('new');

describe('New contact form', { timeout: 30_000 }, () => {
  it('labels every control, and only the date is required', async () => {
    const user = userEvent.setup({ delay: null });
    await show();
    const when = await screen.findByLabelText(/Date and time/);
    expect(when).toBeRequired();
    expect((when as HTMLInputElement).value).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/);
    for (const name of ['Place', 'Kind of contact', 'Number of people', 'Follow-up date', 'Note', 'Find a scheme']) {
      expect(screen.getByLabelText(name)).not.toBeRequired();
    }
    for (const legend of ['Age bands', 'Signals observed', 'Topics (Table 1 factors)', 'Schemes suggested']) {
      expect(screen.getByRole('group', { name: legend })).toBeInTheDocument();
    }
    expect(screen.queryByLabelText(/name/i)).not.toBeInTheDocument();

    fireEvent.change(when, { target: { value: '' } });
    await user.click(save());
    expect(await screen.findByText('Enter the date and time of the contact.')).toBeVisible();
    expect(screen.getByRole('alert')).toHaveTextContent('Not saved: 1 field to correct.');
    expect(when).toHaveAttribute('aria-invalid', 'true');
    expect(when).toHaveAccessibleDescription('Enter the date and time of the contact.');
    expect(when).toHaveFocus();
    expect(await db.contacts.count()).toBe(0);

    fireEvent.change(when, { target: { value: '2026-03-14T21:05' } });
    expect(screen.queryByText('Enter the date and time of the contact.')).not.toBeInTheDocument();
    await user.click(save());
    expect(await screen.findByText(/Contact saved on this device/)).toBeVisible();
    const [row] = await db.contacts.toArray();
    expect(row?.body).toEqual({
      schemaVersion: 1,
      occurredAt: expect.stringMatching(/^2026-03-14T21:05:00[+-]\d{2}:\d{2}$/) as unknown,
      ageBands: [],
      topics: [],
      signals: [],
      schemes: [],
    });
  });

  it('issue #15: on a device in no team, the saved notice says the contact stays here and how to join a team', async () => {
    const user = userEvent.setup({ delay: null });
    await show('fr');
    await screen.findByLabelText(/Date et heure/);
    await user.click(screen.getByRole('button', { name: 'Enregistrer' }));
    const notice = await screen.findByText(/Contact enregistré sur cet appareil/);
    expect(notice).toHaveTextContent(/Il y reste : cet appareil ne fait partie d’aucune équipe/);
    expect(notice).not.toHaveTextContent(/serveur de l’équipe/);
    expect(within(notice).getByRole('link', { name: 'Rejoindre une équipe' })).toHaveAttribute(
      'href',
      '/settings#team',
    );
  });

  it('issue #15: on a device in a team, the saved notice says it will be sent to the team’s server', async () => {
    const user = userEvent.setup({ delay: null });
    await saveTeamSettings({
      serverUrl: 'https://team.example.org',
      token: `lt_${'Q'.repeat(43)}`,
      team: 'Nord',
      role: 'worker',
      label: 'Phone of Sam',
      joinedAt: '2026-03-01T10:00:00.000Z',
    });
    await show();
    await screen.findByLabelText(/Date and time/);
    await user.click(save());
    const notice = await screen.findByText(/Contact saved on this device/);
    expect(notice).toHaveTextContent(/sent to the team's server at the next sync/);
    expect(within(notice).queryByRole('link')).toBeNull();
  });

  it('warns, without blocking, when the note looks like a phone number', async () => {
    const user = userEvent.setup({ delay: null });
    await show();
    const note = await screen.findByLabelText('Note');
    await user.type(note, 'Rappeler au 06 00 00 00 00');
    const warnings = screen.getAllByRole('status').filter((status) => /phone number/.test(status.textContent ?? ''));
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toHaveTextContent('The note seems to contain a phone number.');
    expect(warnings[0]).toHaveTextContent(/Contacts are anonymous/);

    await user.type(screen.getByLabelText('Place'), 'devant chez Mme Exemple');
    expect(screen.getByText(/The place seems to contain a person's name/)).toBeVisible();

    await user.click(save());
    expect(await screen.findByText(/Contact saved on this device/)).toBeVisible();
    expect(await db.contacts.count()).toBe(1);
  });

  it('autosaves every change: the text comes back after the form is closed and reopened', async () => {
    const user = userEvent.setup({ delay: null });
    const first = await show();
    await user.type(await screen.findByLabelText('Note'), 'Groupe calme');
    await user.click(screen.getByRole('checkbox', { name: '16–17' }));
    await waitFor(async () => expect((await storedDraft())?.values).toMatchObject({ note: 'Groupe calme' }));
    first.unmount();

    await show();
    expect(await screen.findByLabelText('Note')).toHaveValue('Groupe calme');
    expect(screen.getByRole('checkbox', { name: '16–17' })).toBeChecked();
    expect(screen.getByText(/^Draft restored/)).toBeVisible();

    await user.click(screen.getByRole('button', { name: 'Discard draft' }));
    // Discarding waits for the draft's deletion before it empties the form: wait for its announcement.
    expect(await screen.findByText('Draft discarded.')).toBeInTheDocument();
    expect(screen.getByLabelText('Note')).toHaveValue('');
    expect(screen.getByRole('checkbox', { name: '16–17' })).not.toBeChecked();
    await waitFor(async () => expect(await storedDraft()).toBeUndefined());
    expect(screen.queryByRole('button', { name: 'Discard draft' })).not.toBeInTheDocument();
  });

  it('saves a complete contact as pending revision 1, clears the draft and tells the sync client', async () => {
    const user = userEvent.setup({ delay: null });
    const saved = vi.fn();
    window.addEventListener(CONTACT_CHANGED_EVENT, saved);
    await show();

    fireEvent.change(await screen.findByLabelText(/Date and time/), { target: { value: '2026-03-14T21:05' } });
    await user.type(screen.getByLabelText('Place'), 'Hall B');
    await user.selectOptions(screen.getByLabelText('Kind of contact'), 'Street outreach');
    await user.type(screen.getByLabelText('Number of people'), '3');
    await user.click(screen.getByRole('checkbox', { name: '13–15' }));
    await user.click(screen.getByRole('checkbox', { name: 'Debt' }));
    await user.click(screen.getByRole('checkbox', { name: /^Feeling of impunity/ }));
    await user.type(screen.getByLabelText('Find a scheme'), 'commitment');
    const schemes = screen.getByRole('group', { name: 'Schemes suggested' });
    await user.click(within(schemes).getByRole('checkbox', { name: /CEJ/ }));
    expect(within(schemes).getByText('Picked: CEJ.')).toBeVisible();
    // Filtering again keeps what was picked.
    await user.clear(screen.getByLabelText('Find a scheme'));
    await user.type(screen.getByLabelText('Find a scheme'), 'epide');
    await user.click(within(schemes).getByRole('checkbox', { name: /EPIDE/ }));
    fireEvent.change(screen.getByLabelText('Follow-up date'), { target: { value: '2026-03-21' } });
    await user.type(screen.getByLabelText('Note'), 'Calme');
    await waitFor(async () => expect((await storedDraft())?.values).toMatchObject({ note: 'Calme' }));

    await user.click(save());
    expect(await screen.findByRole('heading', { level: 1, name: 'Contacts' })).toBeVisible();
    expect(screen.getByText(/Contact saved on this device/)).toBeVisible();

    const rows = await db.contacts.toArray();
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ revision: 1, syncState: 'pending', deleted: false });
    expect(rows[0]?.body).toMatchObject({
      place: 'Hall B',
      kind: 'street',
      people: 3,
      ageBands: ['13-15'],
      signals: ['debt'],
      topics: ['minor-impunity'],
      schemes: ['cej', 'epide'],
      followUpDate: '2026-03-21',
      note: 'Calme',
    });
    expect(await storedDraft()).toBeUndefined();
    expect(saved).toHaveBeenCalledTimes(1);
    expect(performance.getEntriesByName('contact-save').length).toBeGreaterThan(0);
    window.removeEventListener(CONTACT_CHANGED_EVENT, saved);

    // The new contact is in the list, waiting to sync.
    expect(await screen.findByRole('link', { name: /Hall B/ })).toHaveTextContent('Waiting to sync');
  });

  it('explains out-of-range values in words and keeps the draft', async () => {
    const user = userEvent.setup({ delay: null });
    await show();
    await user.type(await screen.findByLabelText('Number of people'), '900');
    await user.click(save());
    expect(await screen.findByText('Enter a whole number of people from 1 to 500, or leave it empty.')).toBeVisible();
    expect(screen.getByLabelText('Number of people')).toHaveFocus();
    expect(await db.contacts.count()).toBe(0);
    // Autosave writes in the background, one change after the other: wait for the last one.
    await waitFor(async () => expect((await storedDraft())?.values).toMatchObject({ people: '900' }));
  });
});
