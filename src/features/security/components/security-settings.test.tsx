import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { freshDb, renderApp } from '../../../../tests/unit/render-app';
import { saveContact } from '../../../data/contacts/contact-store';
import { getIdleMinutes } from '../../../data/device-lock/device-data';
import {
  hasPasscode,
  setPasscode,
  setVaultIterationsForTests,
  unlockVault,
} from '../../../data/device-lock/vault-store';
import { getVaultSession, WrongPasscodeError } from '../../../platform/vault';
import { SecuritySettings } from './security-settings';

const PASSCODE = 'settings test phrase';

beforeEach(async () => {
  await freshDb({ content: false });
  setVaultIterationsForTests(1000);
  await setPasscode(PASSCODE);
});
afterEach(() => getVaultSession().lock('manual'));

describe('SecuritySettings (issue #6)', () => {
  it('changes the passcode (re-wrap): a wrong current code is refused, then only the new code opens', async () => {
    const user = userEvent.setup();
    await renderApp(<SecuritySettings />);
    const form = (await screen.findByRole('heading', { name: 'Change the code' })).closest('form') as HTMLElement;
    await user.type(within(form).getByLabelText('Current code'), 'not the code');
    await user.type(within(form).getByLabelText('New code'), 'a newer phrase');
    await user.type(within(form).getByLabelText('Type the new code again'), 'a newer phrase');
    await user.click(within(form).getByRole('button', { name: 'Change the code' }));
    expect(await within(form).findByRole('alert')).toHaveTextContent('The current code is wrong.');
    await user.clear(within(form).getByLabelText('Current code'));
    await user.type(within(form).getByLabelText('Current code'), PASSCODE);
    await user.click(within(form).getByRole('button', { name: 'Change the code' }));
    expect(await within(form).findByText(/The code was changed/)).toBeVisible();
    getVaultSession().lock('manual');
    await expect(unlockVault(PASSCODE)).rejects.toBeInstanceOf(WrongPasscodeError);
    await unlockVault('a newer phrase');
  });

  it('sets the idle time, and signs out after warning about unsynced contacts', async () => {
    const user = userEvent.setup();
    await saveContact({
      schemaVersion: 1,
      occurredAt: '2026-03-14T21:05:00Z',
      ageBands: [],
      topics: [],
      signals: [],
      schemes: [],
    });
    await renderApp(<SecuritySettings />);
    await user.selectOptions(await screen.findByLabelText('Lock after a time without activity'), '15');
    await expect.poll(() => getIdleMinutes()).toBe(15);
    expect(await screen.findByText(/1 contact has not reached the team's server/)).toBeVisible();
    const erase = screen.getByRole('button', { name: 'Sign out and erase' });
    expect(erase).toBeDisabled();
    await user.click(screen.getByLabelText('I understand that contacts on this device will be erased'));
    await user.click(erase);
    expect(await screen.findByText('This device was erased.')).toBeVisible();
    expect(await hasPasscode()).toBe(false);
    expect(getVaultSession().unlocked).toBe(false);
  });
});
