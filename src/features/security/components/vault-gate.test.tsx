import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { freshDb, renderApp } from '../../../../tests/unit/render-app';
import { saveContact } from '../../../data/contacts/contact-store';
import { hasPasscode, setPasscode, setVaultIterationsForTests } from '../../../data/device-lock/vault-store';
import { getVaultSession } from '../../../platform/vault';
import { reportUnlockWork, useUnlockWork } from '../../../data/device-lock/unlock-work-store';
import { VaultGate } from './vault-gate';

const PASSCODE = 'four words in wind';

beforeEach(async () => {
  await freshDb({ content: false });
  setVaultIterationsForTests(1000);
});
afterEach(() => {
  getVaultSession().lock('manual');
  useUnlockWork.setState({ problems: [] });
});

const gate = () =>
  renderApp(
    <VaultGate>
      <p>Secret contacts</p>
    </VaultGate>,
  );

describe('VaultGate (issue #6)', () => {
  it('asks for a passcode (with the warning) before showing contacts, and refuses mismatches', async () => {
    const user = userEvent.setup();
    gate();
    expect(await screen.findByRole('heading', { level: 1, name: 'Protect your contacts with a code' })).toBeVisible();
    expect(screen.getByText(/contacts on this device are then lost/)).toBeVisible();
    expect(screen.queryByText('Secret contacts')).toBeNull();
    await user.type(screen.getByLabelText('New code'), 'short');
    await user.type(screen.getByLabelText('Type the code again'), 'short');
    await user.click(screen.getByRole('button', { name: 'Set the code' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('at least 8 characters');
    // Issue #13: length alone is not enough, and password managers are not invited to keep the code.
    expect(screen.getByLabelText('New code')).toHaveAttribute('autocomplete', 'off');
    for (const label of ['New code', 'Type the code again']) {
      await user.clear(screen.getByLabelText(label));
      await user.type(screen.getByLabelText(label), '12345678');
    }
    await user.click(screen.getByRole('button', { name: 'Set the code' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('too easy to guess');
    expect(await hasPasscode()).toBe(false);
    await user.clear(screen.getByLabelText('New code'));
    await user.type(screen.getByLabelText('New code'), PASSCODE);
    await user.clear(screen.getByLabelText('Type the code again'));
    await user.type(screen.getByLabelText('Type the code again'), PASSCODE);
    await user.click(screen.getByRole('button', { name: 'Set the code' }));
    expect(await screen.findByText('Secret contacts')).toBeVisible();
    expect(await hasPasscode()).toBe(true);
  });

  it('locked: a wrong passcode is refused plainly, the right one opens; Lock hides the content again', async () => {
    const user = userEvent.setup();
    await setPasscode(PASSCODE);
    getVaultSession().lock('idle');
    gate();
    expect(await screen.findByRole('heading', { level: 1, name: 'Contacts are locked' })).toBeVisible();
    expect(screen.getByText('Locked after a time without activity.')).toBeVisible();
    await user.type(screen.getByLabelText('Code'), 'not it at all');
    await user.click(screen.getByRole('button', { name: 'Unlock' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('Wrong code. Try again.');
    expect(screen.queryByText('Secret contacts')).toBeNull();
    await user.clear(screen.getByLabelText('Code'));
    await user.type(screen.getByLabelText('Code'), PASSCODE);
    await user.click(screen.getByRole('button', { name: 'Unlock' }));
    expect(await screen.findByText('Secret contacts')).toBeVisible();
    await user.click(screen.getByRole('button', { name: 'Lock' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Contacts are locked' })).toBeVisible();
    expect(screen.queryByText('Secret contacts')).toBeNull();
  });

  it('says when unlock-time work did not finish (never silent), and stops once it did', async () => {
    await setPasscode(PASSCODE);
    await gate();
    expect(await screen.findByText('Secret contacts')).toBeVisible();
    reportUnlockWork('seal', true);
    expect(await screen.findByRole('alert')).toHaveTextContent(/could not be encrypted yet/);
    reportUnlockWork('seal', false);
    await expect.poll(() => screen.queryByRole('alert')).toBeNull();
  });

  it('issue #15: "Forgot the code?" says honestly it cannot be recovered, what would be lost, and erases to start again', async () => {
    const user = userEvent.setup();
    await setPasscode(PASSCODE);
    await saveContact({
      schemaVersion: 1,
      occurredAt: '2026-03-14T21:05:00Z',
      ageBands: [],
      topics: [],
      signals: [],
      schemes: [],
    });
    getVaultSession().lock('startup');
    gate();
    const toggle = await screen.findByRole('button', { name: 'Forgot the code?' });
    expect(toggle).toHaveAttribute('aria-expanded', 'false');
    await user.click(toggle);
    expect(toggle).toHaveAttribute('aria-expanded', 'true');
    expect(screen.getByRole('heading', { level: 2, name: 'Forgotten code' })).toBeVisible();
    expect(screen.getByText(/cannot be recovered/)).toHaveTextContent(/encrypted with it/);
    expect(await screen.findByText(/1 contact has not reached the team’s server: it will be lost/)).toBeVisible();
    // Locked, nothing can be exported: no link that would only lead back to this lock screen.
    expect(screen.queryByRole('link', { name: 'Go to contacts to export' })).toBeNull();
    const erase = screen.getByRole('button', { name: 'Sign out and erase' });
    expect(erase).toBeDisabled();
    await user.click(screen.getByLabelText('I understand that contacts on this device will be erased'));
    await user.click(erase);
    // Erased: the gate asks for a new code, the way to start again.
    expect(await screen.findByRole('heading', { level: 1, name: 'Protect your contacts with a code' })).toBeVisible();
    expect(await hasPasscode()).toBe(false);
  });
});
