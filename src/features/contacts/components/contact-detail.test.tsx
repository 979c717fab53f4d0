import { configure, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { freshDb, renderApp } from '../../../../tests/unit/render-app';
import { applySyncResults, pendingBatch, saveContact } from '../../../data/contacts/contact-store';
import type { LimitsDb } from '../../../platform/db/db';
import type { Contact, ContactBody } from '../../../shared/protocol/protocol';
import { ContactDetail } from './contact-detail';
import { ContactList } from './contact-list';

// These tests type, save and navigate through IndexedDB: on a busy machine that takes more than the defaults.
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

function show(id: string) {
  return renderApp(<ContactDetail id={id} notFound={<p>missing contact</p>} />, {
    url: `/contacts/${id}`,
    path: '/contacts/:contactId',
    routes: [{ path: '/contacts', element: <ContactList /> }],
  });
}

describe('ContactDetail', { timeout: 30_000 }, () => {
  it('edits a contact as a new revision, starting from its stored values', async () => {
    const user = userEvent.setup({ delay: null });
    const row = await saveContact(body({ place: 'Hall B', note: 'Calme', signals: ['debt'] }));
    await show(row.id);
    expect(await screen.findByRole('heading', { level: 1, name: /^Contact of / })).toBeVisible();
    expect(screen.getByText('Waiting to sync')).toBeVisible();
    const note = await screen.findByLabelText('Note');
    expect(note).toHaveValue('Calme');
    expect(screen.getByRole('checkbox', { name: 'Debt' })).toBeChecked();

    await user.clear(note);
    await user.type(note, 'Tendu');
    await waitFor(async () =>
      expect((await db.contactDrafts.get(`edit:${row.id}`))?.values).toMatchObject({ note: 'Tendu' }),
    );
    await user.click(screen.getByRole('button', { name: 'Save' }));
    expect(await screen.findByText(/Contact saved on this device/)).toBeVisible();
    const stored = await db.contacts.get(row.id);
    expect(stored).toMatchObject({ revision: 2, syncState: 'pending' });
    // Unchanged fields are kept exactly, the moment too.
    expect(stored?.body).toEqual(body({ place: 'Hall B', note: 'Tendu', signals: ['debt'] }));
    expect(await db.contactDrafts.count()).toBe(0);
  });

  it('deletes as a tombstone after an in-page confirmation', async () => {
    const user = userEvent.setup({ delay: null });
    const row = await saveContact(body({ place: 'Hall B' }));
    await show(row.id);

    await user.click(await screen.findByRole('button', { name: 'Delete this contact' }));
    const dialog = screen.getByRole('alertdialog', { name: 'Delete this contact?' });
    expect(within(dialog).getByRole('button', { name: 'Cancel' })).toHaveFocus();
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('alertdialog')).not.toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Delete this contact' })).toHaveFocus();
    expect(await db.contacts.get(row.id)).toMatchObject({ revision: 1, deleted: false });

    await user.click(screen.getByRole('button', { name: 'Delete this contact' }));
    await user.click(within(screen.getByRole('alertdialog')).getByRole('button', { name: 'Delete' }));
    expect(await screen.findByText('Contact deleted.')).toBeVisible();
    expect(await db.contacts.get(row.id)).toMatchObject({
      revision: 2,
      deleted: true,
      body: null,
      syncState: 'pending',
    });
    expect(screen.queryByRole('link', { name: /Hall B/ })).not.toBeInTheDocument();
  });

  it('shows a refusal with the server reason', async () => {
    const row = await saveContact(body());
    await applySyncResults(await pendingBatch(1), [{ id: row.id, status: 'rejected', reason: 'unknown topic' }]);
    await show(row.id);
    expect(await screen.findByText('Refused: unknown topic')).toBeVisible();
    expect(screen.getByText(/The team's server refused this version/)).toBeVisible();
  });

  it('settles a conflict: the server copy summarised, then "Keep mine" or "Use the server\'s"', async () => {
    const user = userEvent.setup({ delay: null });
    const row = await saveContact(body({ note: 'mine' }));
    const server: Contact = {
      id: row.id,
      revision: 3,
      updatedAt: '2026-03-14T22:00:00.000Z',
      deleted: false,
      body: body({ place: 'Gare', kind: 'school', note: 'theirs' }),
    };
    await applySyncResults(await pendingBatch(1), [{ id: row.id, status: 'stale', reason: 'server has r3', server }]);
    await show(row.id);

    const panel = await screen.findByRole('region', { name: 'The server has another version' });
    expect(panel).toHaveTextContent("Server's reason: server has r3");
    expect(panel).toHaveTextContent(/Server's version \(3\):.*Gare · School · No topic/);
    await user.click(within(panel).getByRole('button', { name: 'Keep mine' }));
    await waitFor(async () =>
      expect(await db.contacts.get(row.id)).toMatchObject({ revision: 4, syncState: 'pending' }),
    );
    await waitFor(() =>
      expect(screen.queryByRole('region', { name: 'The server has another version' })).not.toBeInTheDocument(),
    );
    expect(await screen.findByLabelText('Note')).toHaveValue('mine');

    // Another conflict, settled the other way.
    await applySyncResults(await pendingBatch(1), [
      { id: row.id, status: 'conflict', server: { ...server, revision: 4 } },
    ]);
    await user.click(await screen.findByRole('button', { name: "Use the server's" }));
    await waitFor(async () =>
      expect(await db.contacts.get(row.id)).toMatchObject({ revision: 4, syncState: 'synced' }),
    );
    await waitFor(() => expect(screen.getByLabelText('Note')).toHaveValue('theirs'));
    expect(screen.getByText('Synced')).toBeVisible();
  });

  it('says when the contact is not on this device', async () => {
    await show('2b0f3c7e-8a4d-4f5e-9c1a-0d2e3f4a5b6c');
    expect(await screen.findByText('missing contact')).toBeVisible();
  });
});
