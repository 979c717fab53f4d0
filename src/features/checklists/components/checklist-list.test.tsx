import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { freshDb, renderApp } from '../../../../tests/unit/render-app';
import { restartRun } from '../../../data/checklists/restart-run';
import { toggleStep } from '../../../data/checklists/toggle-step';
import { ChecklistList } from './checklist-list';

beforeEach(async () => {
  await freshDb();
});

const show = (language: 'en' | 'fr' = 'en') => renderApp(<ChecklistList />, { url: '/checklists', language });

describe('ChecklistList', () => {
  it('groups referral checklists and procedures, with step counts and the progress of the current run', async () => {
    await toggleStep('referral-cej', 'consent');
    await toggleStep('referral-cej', 'cej-plan');
    await toggleStep('rao-procedure', 'act-early');
    await toggleStep('referral-epide', 'consent');
    await restartRun('referral-epide');
    await show();

    const referrals = await screen.findByRole('region', { name: 'Referral checklists' });
    // The progress comes from the runs stored on the device, once they are read.
    await within(referrals).findByText('2 of 11 done');
    const procedures = screen.getByRole('region', { name: 'Procedures from the guide' });
    const cej = within(referrals).getByRole('link', { name: /^CEJ – Youth Commitment Agreement/ });
    expect(cej).toHaveAttribute('href', '/checklists/referral-cej');
    expect(cej).toHaveTextContent('11 steps · 2 of 11 done');
    expect(cej).toHaveTextContent(/one-year agreement/);
    // A restarted checklist has no run in progress: no progress shown.
    expect(within(referrals).getByRole('link', { name: /^EPIDE/ })).not.toHaveTextContent(/done/);
    const rao = within(procedures).getByRole('link', { name: /^Formal warning \(RAO\) by the mayor/ });
    expect(rao).toHaveAttribute('href', '/checklists/rao-procedure');
    expect(rao).toHaveTextContent('8 steps · 1 of 8 done');
    expect(within(referrals).queryByRole('link', { name: /^Formal warning/ })).not.toBeInTheDocument();
  });

  it('filters by title and summary, accents and case ignored, and announces the count', async () => {
    const user = userEvent.setup();
    await show();
    expect(await screen.findByText('27 checklists')).toHaveAttribute('role', 'status');
    const field = screen.getByLabelText('Filter checklists');

    await user.type(field, 'CDDF');
    expect(screen.getByRole('status')).toHaveTextContent(/^\d+ checklists?$/);
    expect(screen.getByRole('link', { name: /Family Rights and Responsibilities Council/ })).toBeVisible();
    expect(screen.queryByRole('link', { name: /^CEJ/ })).not.toBeInTheDocument();

    await user.clear(field);
    await user.type(field, 'quartiers d ete');
    expect(screen.getByRole('link', { name: /^Quartiers d'été summer programme/ })).toBeVisible();
    expect(screen.getByRole('status')).toHaveTextContent('1 checklist');

    await user.clear(field);
    await user.type(field, 'zzz-nothing');
    expect(screen.getByRole('status')).toHaveTextContent('No checklist matches “zzz-nothing”.');
    expect(screen.queryByRole('region')).not.toBeInTheDocument();
  });

  it('speaks French', async () => {
    await toggleStep('referral-cej', 'consent');
    await show('fr');
    expect(await screen.findByRole('heading', { level: 2, name: 'Fiches d’orientation' })).toBeVisible();
    await screen.findByText('1 étape cochée sur 11');
    expect(screen.getByRole('heading', { level: 2, name: 'Procédures du guide' })).toBeVisible();
    expect(screen.getByRole('link', { name: /^CEJ/ })).toHaveTextContent('11 étapes · 1 étape cochée sur 11');
    expect(screen.getByLabelText('Filtrer les fiches')).toBeVisible();
  });
});
