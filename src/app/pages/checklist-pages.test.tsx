import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import type { LimitsDb } from '../../platform/db/db';
import { freshDb, renderApp } from '../../../tests/unit/render-app';
import { ChecklistListRoute, ChecklistRoute } from './checklist-pages';

let db: LimitsDb;
beforeEach(async () => {
  db = await freshDb();
});

describe('checklist pages', () => {
  it('the list page has its title', async () => {
    await renderApp(<ChecklistListRoute />, { url: '/checklists' });
    expect(await screen.findByRole('heading', { level: 1, name: 'Checklists' })).toBeVisible();
    await waitFor(() => expect(document.title).toBe('Checklists · LIMITS Terrain'));
  });

  it('a checklist page has its title and a favourite toggle', async () => {
    const user = userEvent.setup();
    await renderApp(<ChecklistRoute />, { url: '/checklists/rao-procedure', path: '/checklists/:checklistId' });
    expect(await screen.findByRole('heading', { level: 1, name: 'Formal warning (RAO) by the mayor' })).toBeVisible();
    await waitFor(() => expect(document.title).toBe('Formal warning (RAO) by the mayor · LIMITS Terrain'));

    await user.click(await screen.findByRole('button', { name: 'Add to favourites' }));
    expect(await screen.findByRole('button', { name: 'Remove from favourites' })).toBeVisible();
    expect(await db.favourites.get(['checklist', 'rao-procedure'])).toBeDefined();
  });

  it('an unknown checklist shows the not-found page', async () => {
    await renderApp(<ChecklistRoute />, { url: '/checklists/nope', path: '/checklists/:checklistId' });
    expect(await screen.findByRole('heading', { level: 1, name: 'Page not found' })).toBeVisible();
    expect(screen.getByText('There is no such checklist.')).toBeVisible();
  });
});
