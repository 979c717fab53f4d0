import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { usePwa, type BeforeInstallPromptEvent } from '../../pwa/pwa-store';
import { renderApp } from '../../../tests/unit/render-app';
import { HomePage } from './home-page';

const IPHONE_SAFARI =
  'Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 Mobile/15E148 Safari/604.1';

function fakeInstallEvent(outcome: 'accepted' | 'dismissed') {
  const prompt = vi.fn(() => Promise.resolve());
  const event = { prompt, userChoice: Promise.resolve({ outcome }) } as unknown as BeforeInstallPromptEvent;
  return { event, prompt };
}

beforeEach(() => {
  usePwa.setState({ installEvent: undefined, installed: false, offlineReady: false });
});
afterEach(() => {
  vi.restoreAllMocks();
});

describe('HomePage', () => {
  it('links to every part of the app, and offers no install without a browser offer', async () => {
    await renderApp(<HomePage />);
    expect(screen.getByRole('heading', { level: 1 })).toBeInTheDocument();
    const nav = screen.getByRole('navigation', { name: 'Parts of the app' });
    const links = within(nav).getAllByRole('link');
    expect(links.map((link) => link.getAttribute('href'))).toEqual([
      '/guide',
      '/vocabulary',
      '/schemes',
      '/directory',
      '/finder',
      '/checklists',
      '/table-1',
      '/favourites',
      '/contacts',
    ]);
    expect(screen.getByRole('link', { name: 'New contact' })).toHaveAttribute('href', '/contacts/new');
    expect(within(nav).getByRole('link', { name: /Trafficking slang/ })).toHaveAttribute('href', '/vocabulary');
    expect(within(nav).getByRole('link', { name: /Table 1: factors and responses/ })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Install the app' })).not.toBeInTheDocument();
    // Laid out (its space kept) but hidden, from assistive technology too, until the app works offline.
    expect(screen.getByText(/Available offline/).closest('p')).toHaveAttribute('aria-hidden', 'true');
    expect(screen.getByText(/Available offline/).closest('p')).toHaveAttribute('data-ready', 'false');
  });

  it('shows an Install button when the browser offers installation, and prompts on click', async () => {
    const { event, prompt } = fakeInstallEvent('accepted');
    usePwa.setState({ installEvent: event });
    await renderApp(<HomePage />);
    await userEvent.click(screen.getByRole('button', { name: 'Install the app' }));
    expect(prompt).toHaveBeenCalledTimes(1);
    expect(await screen.findByText(/The app is being installed/)).toBeInTheDocument();
    // The offer is used up: the browser's prompt can only be shown once.
    expect(usePwa.getState().installEvent).toBeUndefined();
    expect(screen.queryByRole('button', { name: 'Install the app' })).not.toBeInTheDocument();
  });

  it('says so when the user declines the install prompt', async () => {
    usePwa.setState({ installEvent: fakeInstallEvent('dismissed').event });
    await renderApp(<HomePage />);
    await userEvent.click(screen.getByRole('button', { name: 'Install the app' }));
    expect(await screen.findByText(/Installation cancelled/)).toBeInTheDocument();
  });

  it('explains Add to Home Screen on iOS Safari, in French', async () => {
    vi.spyOn(navigator, 'userAgent', 'get').mockReturnValue(IPHONE_SAFARI);
    await renderApp(<HomePage />, { language: 'fr' });
    expect(screen.getByRole('heading', { name: 'Installer l’application' })).toBeInTheDocument();
    expect(screen.getByText('Choisissez « Sur l’écran d’accueil ».')).toBeInTheDocument();
    expect(screen.getByText(/7 jours sans visite/)).toBeInTheDocument();
    expect(screen.queryByRole('button')).not.toBeInTheDocument();
  });

  it('hides the iOS steps once the app is installed, and notes offline availability', async () => {
    vi.spyOn(navigator, 'userAgent', 'get').mockReturnValue(IPHONE_SAFARI);
    usePwa.setState({ installed: true, offlineReady: true });
    await renderApp(<HomePage />);
    expect(screen.queryByText(/Add to Home Screen/)).not.toBeInTheDocument();
    expect(screen.getByText(/Available offline/).closest('p')).toHaveAttribute('aria-hidden', 'false');
    expect(screen.getByText(/Available offline/).closest('p')).toHaveAttribute('data-ready', 'true');
  });

  it('keeps the database and the features out of the first route (static import graph)', () => {
    const sources = import.meta.glob<string>('/src/**/*.{ts,tsx}', { query: '?raw', import: 'default', eager: true });
    const seen = new Set<string>();
    const visit = (file: string) => {
      if (seen.has(file)) return;
      seen.add(file);
      const source = sources[file] ?? '';
      // Imports and re-exports ("export { X } from './x'"), type-only ones aside.
      const specs = source.matchAll(/^\s*(?:import|export)\s+(?!type\b)(?:[^'";]*?\sfrom\s*)?['"]([^'"]+)['"]/gm);
      for (const [, spec = ''] of specs) {
        // The one exception: the search feature's shell API (its field), whose engine and index load lazily.
        if (!spec.endsWith('/features/search'))
          expect(spec, `${file} imports ${spec}`).not.toMatch(/^dexie|^virtual:|\/db\/|\/features\//);
        if (!spec.startsWith('.') || spec.endsWith('.css')) continue;
        const base = new URL(spec, `file://${file}`).pathname;
        const next = [`${base}.tsx`, `${base}.ts`, `${base}/index.ts`].find((candidate) => candidate in sources);
        if (next) visit(next);
      }
    };
    visit('/src/app/pages/home-page.tsx');
    expect([...seen]).toContain('/src/components/install-app.tsx');
    expect([...seen]).toContain('/src/features/search/components/search-field.tsx');
    expect(
      [...seen].filter((file) => /\/search\/(engine|searcher|components\/search-(view|results))/.test(file)),
    ).toEqual([]);
  });
});
