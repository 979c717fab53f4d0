import { configure, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { freshDb, renderApp } from '../../../../tests/unit/render-app';
import { applySyncResults, pendingBatch, saveContact } from '../../../data/contacts/contact-store';
import type { ContactBody } from '../../../shared/protocol/protocol';
import { toLocalInput } from '../../../data/contacts/form-values';
import { ContactList, PAGE_SIZE } from './contact-list';

// These tests type, save and navigate through IndexedDB: on a busy machine that takes more than the defaults.
configure({ asyncUtilTimeout: 5000 });

beforeEach(async () => {
  await freshDb();
});

const body = (occurredAt: Date, overrides: Partial<ContactBody> = {}): ContactBody => ({
  schemaVersion: 1,
  // The form's format: wall-clock time with the device offset.
  occurredAt: `${toLocalInput(occurredAt)}:00+01:00`,
  ageBands: [],
  topics: [],
  signals: [],
  schemes: [],
  ...overrides,
});

const daysAgo = (days: number) => new Date(Date.now() - days * 24 * 60 * 60 * 1000);

function show(url = '/contacts') {
  return renderApp(<ContactList />, { url, path: '/contacts' });
}

const places = () =>
  within(screen.getByRole('list'))
    .getAllByRole('link')
    .map((link) => link.querySelector('.contact-card__place')?.textContent);

describe('ContactList', { timeout: 30_000 }, () => {
  it('says so when there is no contact yet, and offers "New contact"', async () => {
    await show();
    expect(await screen.findByText(/No contacts yet/)).toBeVisible();
    expect(screen.getByRole('link', { name: 'New contact' })).toHaveAttribute('href', '/contacts/new');
    expect(screen.getByRole('button', { name: 'Download CSV' })).toBeVisible();
  });

  it('shows the newest first, with date, place, kind, people, topics and sync state', async () => {
    await saveContact(body(daysAgo(3), { place: 'Gare', kind: 'street', people: 4, topics: ['minor-impunity'] }));
    await saveContact(body(daysAgo(1), { place: 'Collège', kind: 'school' }));
    const old = await saveContact(body(daysAgo(40), { place: 'Parc' }));
    const sent = (await pendingBatch(10)).filter((contact) => contact.id === old.id);
    await applySyncResults(sent, [{ id: old.id, status: 'created' }]);

    await show();
    expect(await screen.findByText('3 contacts')).toBeVisible();
    expect(places()).toEqual(['Collège', 'Gare', 'Parc']);
    const gare = screen.getByRole('link', { name: /Gare/ });
    expect(gare).toHaveTextContent('Street outreach · 4 people · 1 topic');
    expect(gare).toHaveTextContent('Waiting to sync');
    expect(screen.getByRole('link', { name: /Parc/ })).toHaveTextContent('Synced');
  });

  it('filters by period, kind and sync state, through the URL', async () => {
    const user = userEvent.setup({ delay: null });
    await saveContact(body(daysAgo(2), { place: 'Gare', kind: 'street' }));
    await saveContact(body(daysAgo(10), { place: 'Collège', kind: 'school' }));
    await saveContact(body(daysAgo(45), { place: 'Parc', kind: 'street' }));

    await show('/contacts?kind=street');
    expect(await screen.findByText('2 contacts')).toBeVisible();
    expect(places()).toEqual(['Gare', 'Parc']);

    await user.selectOptions(screen.getByLabelText('Period'), 'Last 30 days');
    await screen.findByText('1 contact');
    expect(places()).toEqual(['Gare']);

    await user.selectOptions(screen.getByLabelText('Kind'), 'All kinds');
    await screen.findByText('2 contacts');
    expect(places()).toEqual(['Gare', 'Collège']);

    await user.selectOptions(screen.getByLabelText('Sync state'), 'Synced');
    expect(await screen.findByText('No contact matches these filters.')).toBeVisible();
    expect(screen.getByText('No contacts')).toBeVisible();

    await user.click(screen.getByRole('link', { name: 'Clear filters' }));
    await screen.findByText('3 contacts');
  });

  it('takes a custom period from the URL, and says when it ends before it starts', async () => {
    await saveContact(body(new Date(2026, 2, 1, 10), { place: 'Gare' }));
    await saveContact(body(new Date(2026, 2, 15, 23, 59), { place: 'Collège' }));
    await saveContact(body(new Date(2026, 2, 16, 0, 0), { place: 'Parc' }));

    const view = await show('/contacts?period=custom&from=2026-03-01&to=2026-03-15');
    expect(await screen.findByText('2 contacts')).toBeVisible();
    expect(places()).toEqual(['Collège', 'Gare']);
    expect(screen.getByLabelText('From')).toHaveValue('2026-03-01');
    view.unmount();

    await show('/contacts?period=custom&from=2026-03-15&to=2026-03-01');
    expect(await screen.findByText('The start date is after the end date.')).toBeVisible();
  });

  it(`pages through the index ${PAGE_SIZE} at a time, focusing the first new row`, async () => {
    const user = userEvent.setup({ delay: null });
    for (let i = 0; i < PAGE_SIZE + 5; i++) await saveContact(body(daysAgo(i), { place: `Lieu ${i}` }));

    await show();
    expect(await screen.findByText(`${PAGE_SIZE + 5} contacts`)).toBeVisible();
    expect(within(screen.getByRole('list')).getAllByRole('link')).toHaveLength(PAGE_SIZE);
    await user.click(screen.getByRole('button', { name: `Show ${PAGE_SIZE} more` }));
    await waitFor(() => expect(within(screen.getByRole('list')).getAllByRole('link')).toHaveLength(PAGE_SIZE + 5));
    expect(screen.getByRole('link', { name: new RegExp(`Lieu ${PAGE_SIZE}\\b`) })).toHaveFocus();
    expect(screen.queryByRole('button', { name: /more/ })).not.toBeInTheDocument();
  });
});
