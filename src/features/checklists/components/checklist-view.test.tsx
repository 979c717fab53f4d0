import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { LimitsDb } from '../../../platform/db/db';
import { freshDb, renderApp } from '../../../../tests/unit/render-app';
import { testContentPack } from '../../../../tests/unit/test-content';
import { inlineToPlainText } from '../../../shared/text/inline-markup';
import { ChecklistView } from './checklist-view';

let db: LimitsDb;
beforeEach(async () => {
  db = await freshDb();
});

function show(id = 'referral-cej', language: 'en' | 'fr' = 'en') {
  return renderApp(<ChecklistView id={id} notFound={<p>missing checklist</p>} />, {
    url: `/checklists/${id}`,
    path: '/checklists/:checklistId',
    language,
  });
}

const consent = /Obtain the young person's consent/;

/** A step's box once the stored run is read: drawn disabled until then, so a click before it would be lost. */
async function readyBox(name: RegExp | string): Promise<HTMLElement> {
  const box = await screen.findByRole('checkbox', { name });
  await waitFor(() => expect(box).toBeEnabled());
  return box;
}

describe('ChecklistView', () => {
  it('shows the CEJ referral: the generic steps around the CEJ-specific ones, with links', async () => {
    await show();
    expect(await screen.findByRole('heading', { level: 1, name: 'CEJ – Youth Commitment Agreement' })).toBeVisible();
    // The boxes are drawn at once, disabled, and follow the run stored on the device once it is read:
    // wait for that read (under load it comes after the first render) before reading their state.
    expect(await screen.findByText(/Not started yet/)).toBeVisible();
    const boxes = screen.getAllByRole('checkbox');
    for (const box of boxes) expect(box).toBeEnabled();
    expect(boxes).toHaveLength(11);
    // Each box has a visible label. Generic steps before, CEJ steps, generic steps after: in that order.
    const names = boxes.map((box) => (box as HTMLInputElement).labels?.[0]?.textContent ?? '');
    expect(names[0]).toMatch(/^Explain the scheme/);
    expect(names[2]).toMatch(consent);
    expect(names[4]).toBe('Refer via the local mission or France Travail.');
    expect(names[6]).toMatch(/^Prepare the one-year commitment plan/);
    expect(names[10]).toMatch(/^Record the outcome/);

    expect(screen.getByRole('checkbox', { name: /Refer via the local mission/ })).toHaveAccessibleDescription(
      /The two operators of the CEJ/,
    );
    expect(screen.getByRole('status')).toHaveTextContent('0 of 11 done');
    expect(screen.getByRole('link', { name: 'Open the scheme’s card' })).toHaveAttribute('href', '/schemes/cej');
    expect(screen.getByRole('link', { name: '2.4.2 16, a pivotal age' })).toHaveAttribute('href', '/guide/2-4-2');
    expect(screen.queryByRole('button', { name: /Restart/ })).not.toBeInTheDocument();
  });

  it('saves a tick at once: it is in the database and still ticked after the page is rendered again', async () => {
    const user = userEvent.setup();
    const { unmount } = await show();
    await user.click(await readyBox(consent));

    expect(await screen.findByText('1 of 11 done')).toBeVisible();
    expect(screen.getByRole('checkbox', { name: consent })).toBeChecked();
    expect(screen.getByText(/^Started on .+ · last change .+/)).toBeVisible();
    const runs = await db.checklistRuns.toArray();
    expect(runs).toHaveLength(1);
    expect(runs[0]).toMatchObject({ checklistId: 'referral-cej', ticked: ['consent'] });

    unmount();
    await show();
    expect(await readyBox(consent)).toBeChecked();
    expect(screen.getByRole('status')).toHaveTextContent('1 of 11 done');
    expect(screen.getByRole('checkbox', { name: /Explain the scheme/ })).not.toBeChecked();

    await user.click(screen.getByRole('checkbox', { name: consent }));
    expect(await screen.findByText('0 of 11 done')).toBeVisible();
    expect(screen.getByRole('checkbox', { name: consent })).not.toBeChecked();
  });

  it('restarts after an in-page confirmation, keeping the previous run in the history', async () => {
    const user = userEvent.setup();
    await show();
    await user.click(await readyBox(consent));
    await user.click(screen.getByRole('checkbox', { name: /Explain the scheme/ }));
    await screen.findByText('2 of 11 done');

    // Cancelling changes nothing and gives focus back to the button.
    await user.click(screen.getByRole('button', { name: 'Restart' }));
    const dialog = screen.getByRole('alertdialog', { name: 'Restart this checklist?' });
    expect(within(dialog).getByRole('button', { name: 'Cancel' })).toHaveFocus();
    await user.click(within(dialog).getByRole('button', { name: 'Cancel' }));
    expect(screen.queryByRole('alertdialog')).not.toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Restart' })).toHaveFocus();
    expect(screen.getByRole('checkbox', { name: consent })).toBeChecked();

    await user.click(screen.getByRole('button', { name: 'Restart' }));
    await user.click(screen.getByRole('button', { name: 'Yes, restart' }));

    expect(await screen.findByText('0 of 11 done')).toBeVisible();
    for (const box of screen.getAllByRole('checkbox')) expect(box).not.toBeChecked();
    expect(screen.getByText('Previous runs: 1')).toBeVisible();
    expect(screen.getByRole('heading', { name: 'Steps' })).toHaveFocus();
    const runs = await db.checklistRuns.toArray();
    expect(runs).toHaveLength(1);
    expect(runs[0]?.archivedAt).toEqual(expect.any(String));
    expect([...(runs[0]?.ticked ?? [])].sort()).toEqual(['consent', 'explain']);

    // The next tick starts a fresh run.
    await user.click(screen.getByRole('checkbox', { name: /Record the outcome/ }));
    expect(await screen.findByText('1 of 11 done')).toBeVisible();
    expect(await db.checklistRuns.count()).toBe(2);
  });

  it('never shows a tick that was not saved', async () => {
    const user = userEvent.setup();
    vi.spyOn(db.checklistRuns, 'put').mockRejectedValueOnce(new DOMException('full', 'QuotaExceededError'));
    vi.spyOn(console, 'error').mockImplementation(() => {});
    await show();
    await user.click(await readyBox(consent));

    expect(await screen.findByRole('alert')).toHaveTextContent(/could not be saved on the device/);
    expect(screen.getByRole('checkbox', { name: consent })).not.toBeChecked();
    expect(screen.getByRole('status')).toHaveTextContent('0 of 11 done');
    expect(await db.checklistRuns.count()).toBe(0);

    // Trying again works and clears the alert.
    await user.click(screen.getByRole('checkbox', { name: consent }));
    expect(await screen.findByText('1 of 11 done')).toBeVisible();
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });

  it('shows the not-found state for an unknown checklist', async () => {
    await show('no-such-checklist');
    expect(await screen.findByText('missing checklist')).toBeVisible();
  });

  it('speaks French, steps included (the French content pack)', async () => {
    const user = userEvent.setup();
    await show('referral-cej', 'fr');
    const step = testContentPack('fr')
      .checklists.find((c) => c.id === 'referral-cej')
      ?.steps.find((s) => s.id === 'consent');
    const consentFr = inlineToPlainText(step?.text ?? '');
    await user.click(await readyBox(new RegExp(`^${consentFr.slice(0, 20).replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`)));
    expect(await screen.findByText('1 étape cochée sur 11')).toBeVisible();
    expect(screen.getByText(/^Commencée le .+ · dernière modification le .+/)).toBeVisible();
    expect(screen.getByRole('button', { name: 'Recommencer' })).toBeVisible();
    expect(screen.getByRole('link', { name: 'Voir la fiche du dispositif' })).toBeVisible();
    expect(screen.getByRole('heading', { level: 2, name: 'Étapes' })).toBeVisible();
  });
});
