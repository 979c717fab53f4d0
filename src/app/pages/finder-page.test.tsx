import { screen, within } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { freshDb, renderApp } from '../../../tests/unit/render-app';
import { FinderRoute } from './finder-page';

describe('FinderRoute', () => {
  beforeEach(async () => {
    await freshDb();
  });

  it('offers a referral from each matching scheme that has a referral checklist, not from near misses', async () => {
    await renderApp(<FinderRoute />, { url: '/finder?age=17&school=dropped-out', path: '/finder' });
    const matches = await screen.findByRole('region', { name: 'Schemes that fit' });
    const start = await within(matches).findByRole('link', { name: 'Refer to EPIDE' });
    expect(start).toHaveAttribute('href', '/referrals/new?scheme=epide');
    // One short action per card: "Refer" visible, the scheme only in the accessible name.
    expect(start.firstChild?.textContent?.trim()).toBe('Refer');
    for (const card of within(matches)
      .getAllByRole('listitem')
      .filter((li) => li.matches('.finder-result'))) {
      expect(within(card).queryAllByRole('link', { name: /^Refer to / }).length).toBeLessThanOrEqual(1);
    }
    const near = screen.getByRole('region', { name: /Near misses/ });
    expect(within(near).queryByRole('link', { name: /^Refer/ })).not.toBeInTheDocument();
  });
});
