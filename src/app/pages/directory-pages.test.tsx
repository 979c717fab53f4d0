/**
 * The local directory as a user meets it (issue #5, [S75], [S88]): on the scheme page with one-tap links, added
 * and corrected through the form with errors in words, the team's entries read-only, a bad file refused whole
 * on /directory, and the structures on a referral summary.
 */
import { configure, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { freshDb, renderApp } from '../../../tests/unit/render-app';
import { saveContact, updateContactBody } from '../../data/contacts/contact-store';
import type { LimitsDb } from '../../platform/db/db';
import { setPasscode, setVaultIterationsForTests } from '../../data/device-lock/vault-store';
import { getVaultSession } from '../../platform/vault';
import { setDeviceFlag } from '../../platform/device-flags/device-flags';
import { addReferral } from '../../shared/contacts/referral-ops';
import { DirectoryRoute } from './directory-pages';
import { ReferralSummaryRoute } from './referral-pages';
import { SchemeRoute } from './scheme-pages';

configure({ asyncUtilTimeout: 5000 });

const id = (n: number) => `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;
let db: LimitsDb;
beforeEach(async () => {
  db = await freshDb();
});
afterEach(() => {
  getVaultSession().lock('manual');
});

const showScheme = (language: 'en' | 'fr' = 'en') =>
  renderApp(<SchemeRoute />, { url: '/schemes/cej', path: '/schemes/:schemeId', language });

describe('local directory', { timeout: 60_000 }, () => {
  it('[S88] adds a structure from the scheme page, with errors in words, then calls it in one tap', async () => {
    const user = userEvent.setup({ delay: null });
    await showScheme();
    const section = await screen.findByRole('region', { name: 'Local structures' });
    await within(section).findByText('No local structure recorded for this scheme yet.');
    await user.click(within(section).getByRole('button', { name: 'Add a local structure' }));
    // The form's code loads when it is asked for (a scheme page's first load stays light).
    await user.type(await within(section).findByLabelText('Phone'), '12 34');
    await user.type(within(section).getByLabelText('E-mail'), 'accueil@');
    await user.click(within(section).getByRole('button', { name: 'Save' }));
    expect(within(section).getByText('Give the name of the structure.')).toBeInTheDocument();
    expect(within(section).getByLabelText('Phone')).toHaveAccessibleDescription(/This is not a phone number/);
    expect(within(section).getByText('This is not an e-mail address.')).toBeInTheDocument();
    expect(await db.directoryEntries.count()).toBe(0);

    await user.type(within(section).getByLabelText('Name of the structure (required)'), 'Mission locale de Lille');
    await user.clear(within(section).getByLabelText('Phone'));
    await user.type(within(section).getByLabelText('Phone'), '03 20 12 34 56');
    await user.clear(within(section).getByLabelText('E-mail'));
    await user.type(within(section).getByLabelText('E-mail'), 'accueil@ml-lille.fr');
    await user.type(within(section).getByLabelText('Address'), '12 rue Nationale{Enter}59000 Lille');
    await user.click(within(section).getByRole('button', { name: 'Save' }));

    const card = await within(section).findByRole('article', { name: 'Mission locale de Lille' });
    expect(within(card).getByText('On this device only')).toBeInTheDocument();
    expect(within(card).getByRole('link', { name: 'Call 03 20 12 34 56' })).toHaveAttribute('href', 'tel:+33320123456');
    expect(within(card).getByRole('link', { name: 'Write to accueil@ml-lille.fr' })).toHaveAttribute(
      'href',
      'mailto:accueil@ml-lille.fr',
    );
    expect(within(card).getByRole('link', { name: 'Open the map' })).toHaveAttribute(
      'href',
      'https://www.openstreetmap.org/search?query=12%20rue%20Nationale%2059000%20Lille',
    );

    // Edit, then remove after confirming.
    await user.click(within(card).getByRole('button', { name: 'Edit Mission locale de Lille' }));
    const name = within(section).getByLabelText('Name of the structure (required)');
    await user.clear(name);
    await user.type(name, 'Mission locale Lille Avenir');
    await user.click(within(section).getByRole('button', { name: 'Save' }));
    const edited = await within(section).findByRole('article', { name: 'Mission locale Lille Avenir' });
    await user.click(within(edited).getByRole('button', { name: 'Remove Mission locale Lille Avenir' }));
    await user.click(within(edited).getByRole('button', { name: 'Yes, remove' }));
    await within(section).findByText('No local structure recorded for this scheme yet.');
    expect(await db.directoryEntries.count()).toBe(0);
  });

  it('[S70] shows the team entries read-only with their mark, in French too', async () => {
    await db.directoryEntries.put({
      id: id(1),
      schemeId: 'cej',
      name: 'Mission locale de Roubaix',
      phone: '+33 3 20 00 00 00',
      openingHours: 'Lundi–vendredi 9h–17h',
      source: 'team',
    });
    // As the team directory's sync does when it stores entries (src/data/directory/directory-sync.ts).
    setDeviceFlag('directory', true);
    await showScheme('fr');
    const section = await screen.findByRole('region', { name: 'Structures locales' });
    const card = await within(section).findByRole('article', { name: 'Mission locale de Roubaix' });
    expect(within(card).getByText('Fiche de l’équipe')).toBeInTheDocument();
    expect(within(card).getByRole('link', { name: 'Appeler le +33 3 20 00 00 00' })).toHaveAttribute(
      'href',
      'tel:+33320000000',
    );
    expect(within(card).getByText('Lundi–vendredi 9h–17h')).toBeInTheDocument();
    expect(within(card).queryByRole('button')).toBeNull();
  });

  it('[S75] refuses a malformed CSV whole and lists every problem; a good file is imported', async () => {
    const user = userEvent.setup({ delay: null });
    await renderApp(<DirectoryRoute />, { url: '/directory' });
    await screen.findByRole('heading', { level: 1, name: 'Local directory' });
    const bad = new File(
      ['schemeId;name;phone\r\ncej;Mission locale de Lille;03 20 12 34 56\r\nnot-a-scheme;E2C;12\r\ncej;;\r\n'],
      'annuaire.csv',
      { type: 'text/csv' },
    );
    await user.upload(screen.getByLabelText('File to import (CSV or JSON)'), bad);
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('annuaire.csv was refused: 3 problems to fix.');
    expect(
      within(alert)
        .getAllByRole('listitem')
        .map((item) => item.textContent),
    ).toEqual([
      'line 3: schemeId: not a scheme of the guide',
      'line 3: phone: not a phone number (e.g. 01 23 45 67 89 or +33 1 23 45 67 89)',
      'line 4: name: required',
    ]);
    expect(await db.directoryEntries.count()).toBe(0);

    const good = new File(['schemeId;name\r\ncej;Mission locale de Lille\r\nepide;EPIDE Cambrai\r\n'], 'ok.csv');
    await user.upload(screen.getByLabelText('File to import (CSV or JSON)'), good);
    await screen.findByText('2 structures imported from ok.csv.');
    expect(await screen.findByRole('heading', { level: 2, name: 'CEJ' })).toBeInTheDocument();
    expect(screen.getByRole('article', { name: 'EPIDE Cambrai' })).toBeInTheDocument();
    expect(await db.directoryEntries.count()).toBe(2);
    // Not in a team: nothing to publish.
    expect(screen.queryByRole('button', { name: 'Publish to the team' })).toBeNull();
  });

  it('[S86] a referral summary carries the scheme’s local structures', async () => {
    await db.directoryEntries.put({ id: id(2), schemeId: 'cej', name: 'Mission locale de Tourcoing', source: 'team' });
    // Contacts sit behind the lock (issue #6): an unlocked vault, with a fast KDF for tests.
    setVaultIterationsForTests(1000);
    await setPasscode('test passcode phrase');
    const row = await saveContact({
      schemaVersion: 1,
      occurredAt: '2026-03-14T21:05:00+01:00',
      ageBands: [],
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
    await renderApp(<ReferralSummaryRoute />, {
      url: `/contacts/${row.id}/referrals/${referralId}`,
      path: '/contacts/:contactId/referrals/:referralId',
    });
    const local = await screen.findByRole('region', { name: /local contact/i });
    await waitFor(() =>
      expect(within(local).getByRole('article', { name: 'Mission locale de Tourcoing' })).toBeInTheDocument(),
    );
  });
});
