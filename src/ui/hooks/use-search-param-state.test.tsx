import { act, render, screen } from '@testing-library/react';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { describe, expect, it } from 'vitest';
import { useSearchParamState } from './use-search-param-state';

/** Every value the component rendered, in order: a snap-back shows up as the old value after the new one. */
function setup(initialUrl: string) {
  const seen: string[] = [];
  let set: (value: string) => void = () => undefined;
  function Probe() {
    const [value, update] = useSearchParamState('kind');
    seen.push(value);
    set = update;
    return <output>{value || '∅'}</output>;
  }
  const router = createMemoryRouter([{ path: '/', element: <Probe /> }], { initialEntries: [initialUrl] });
  render(<RouterProvider router={router} />);
  return { seen, router, set: (value: string) => set(value) };
}

describe('useSearchParamState', () => {
  it('starts from the URL', () => {
    setup('/?kind=school');
    expect(screen.getByRole('status')).toHaveTextContent('school');
  });

  it('shows a new value at once and never renders the old one again while the URL catches up', async () => {
    const { seen, router, set } = setup('/?kind=school');
    await act(async () => set('family'));
    expect(router.state.location.search).toBe('?kind=family');
    const first = seen.indexOf('family');
    expect(first).toBeGreaterThan(0);
    expect(seen.slice(first)).not.toContain('school');
    expect(screen.getByRole('status')).toHaveTextContent('family');
  });

  it('keeps the latest of quick successive values (typing) when the URL echoes the older ones', async () => {
    const { seen, router, set } = setup('/');
    await act(async () => {
      set('f');
      set('fa');
      set('fam');
    });
    expect(router.state.location.search).toBe('?kind=fam');
    const first = seen.indexOf('fam');
    expect(seen.slice(first).every((value) => value === 'fam')).toBe(true);
  });

  it('follows a navigation from elsewhere (a link to the bare page resets the value)', async () => {
    const { router } = setup('/?kind=school');
    await act(async () => router.navigate('/'));
    expect(screen.getByRole('status')).toHaveTextContent('∅');
    await act(async () => router.navigate('/?kind=partner'));
    expect(screen.getByRole('status')).toHaveTextContent('partner');
  });
});
