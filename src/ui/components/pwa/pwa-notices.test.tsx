import { act, getDefaultNormalizer, render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { I18nextProvider } from 'react-i18next';
import { createMemoryRouter, Link, Outlet, RouterProvider } from 'react-router';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { testI18n } from '../../../../tests/unit/render-app';
import { usePwa, type BeforeInstallPromptEvent } from '../../../platform/pwa/pwa-store';
import { INVITE_DELAY_MS, PwaNotices } from './pwa-notices';

const IPHONE_SAFARI =
  'Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 Mobile/15E148 Safari/604.1';

function Layout() {
  return (
    <>
      <nav>
        <Link to="/">home</Link>
        <Link to="/guide">guide</Link>
        <Link to="/guide/2-4-2">section</Link>
        <Link to="/schemes/epide">scheme</Link>
      </nav>
      <Outlet />
      <div className="banners">
        <PwaNotices />
      </div>
    </>
  );
}

async function renderNotices(url = '/') {
  const i18n = await testI18n('fr');
  const router = createMemoryRouter([{ path: '*', element: <Layout /> }], { initialEntries: [url] });
  render(
    <I18nextProvider i18n={i18n}>
      <RouterProvider router={router} />
    </I18nextProvider>,
  );
}

function installOffer(outcome: 'accepted' | 'dismissed' = 'dismissed') {
  const prompt = vi.fn(() => Promise.resolve());
  const event = { prompt, userChoice: Promise.resolve({ outcome }) } as unknown as BeforeInstallPromptEvent;
  usePwa.setState({ installEvent: event });
  return prompt;
}

/** Past the moment the invitation would have come. */
const pastDelay = () => act(() => new Promise((done) => setTimeout(done, INVITE_DELAY_MS + 300)));

const invite = () => screen.queryByRole('region', { name: 'Installer l’application\u202f?' });

beforeEach(() => {
  localStorage.clear();
  usePwa.setState({
    installEvent: undefined,
    installed: false,
    offlineReady: false,
    installProgress: undefined,
    installFailed: false,
  });
});
afterEach(() => vi.restoreAllMocks());

describe('install invitation timing', () => {
  it('waits for the second meaningful page, then offers the browser prompt', async () => {
    const prompt = installOffer('accepted');
    await renderNotices('/');
    await userEvent.click(screen.getByRole('link', { name: 'guide' }));
    await userEvent.click(screen.getByRole('link', { name: 'section' }));
    await pastDelay();
    expect(invite()).not.toBeInTheDocument();
    await userEvent.click(screen.getByRole('link', { name: 'scheme' }));
    expect(
      await screen.findByRole('region', { name: 'Installer l’application\u202f?' }, { timeout: 3_000 }),
    ).toBeVisible();
    await userEvent.click(screen.getByRole('button', { name: 'Installer' }));
    expect(prompt).toHaveBeenCalledTimes(1);
    await waitFor(() => expect(invite()).not.toBeInTheDocument());
  });

  it('remembers "Plus tard" across visits', async () => {
    installOffer();
    localStorage.setItem('limits-terrain:install-invite', JSON.stringify({ views: 1, lastPath: '/guide/2-4-2' }));
    await renderNotices('/schemes/epide');
    await userEvent.click(await screen.findByRole('button', { name: 'Plus tard' }, { timeout: 3_000 }));
    expect(invite()).not.toBeInTheDocument();
    const stored = JSON.parse(localStorage.getItem('limits-terrain:install-invite') ?? '{}') as {
      dismissedAt?: number;
    };
    expect(stored.dismissedAt).toBeGreaterThan(Date.now() - 60_000);
    // Another page, another visit: still away.
    await userEvent.click(screen.getByRole('link', { name: 'section' }));
    await pastDelay();
    expect(invite()).not.toBeInTheDocument();
  });

  it('never shows when installed or when the browser made no install offer', async () => {
    localStorage.setItem('limits-terrain:install-invite', JSON.stringify({ views: 5 }));
    await renderNotices('/schemes/epide');
    // No beforeinstallprompt: nothing.
    await pastDelay();
    expect(invite()).not.toBeInTheDocument();
    installOffer();
    usePwa.setState({ installed: true });
    await userEvent.click(screen.getByRole('link', { name: 'section' }));
    await pastDelay();
    expect(invite()).not.toBeInTheDocument();
  });

  it('leads iOS Safari (no prompt) to the settings’ manual steps', async () => {
    vi.spyOn(navigator, 'userAgent', 'get').mockReturnValue(IPHONE_SAFARI);
    localStorage.setItem('limits-terrain:install-invite', JSON.stringify({ views: 1 }));
    await renderNotices('/vocabulary/nourrice');
    expect(await screen.findByRole('link', { name: 'Comment faire' }, { timeout: 3_000 })).toHaveAttribute(
      'href',
      '/settings#install-app-title',
    );
  });
});

describe('first visit offline progress', () => {
  it('shows the real progress, then the ready state, then goes away', async () => {
    await renderNotices('/');
    expect(screen.queryByText('Préparation hors ligne…')).not.toBeInTheDocument();
    act(() => usePwa.setState({ installProgress: { done: 40, total: 100 } }));
    expect(screen.getByRole('status')).toHaveTextContent('Préparation hors ligne…');
    // French writes a narrow no-break space before %: compared as is (the default matcher folds it to a space).
    const exact = { normalizer: getDefaultNormalizer({ collapseWhitespace: false }) };
    expect(screen.getByText('40\u202f%', exact)).toBeVisible();
    expect(screen.getByRole('progressbar', { name: 'Préparation hors ligne…' })).toHaveAttribute('value', '0.4');
    // In steps of 5 (shared/install-progress.ts): 97 % shows as 95 %, text and bar alike.
    act(() => usePwa.setState({ installProgress: { done: 97, total: 100 } }));
    expect(screen.getByText('95\u202f%', exact)).toBeVisible();
    expect(screen.getByRole('progressbar')).toHaveAttribute('value', '0.95');
    act(() => usePwa.setState({ offlineReady: true }));
    expect(screen.getByRole('status')).toHaveTextContent('✓ Disponible hors ligne');
    expect(screen.queryByRole('progressbar')).not.toBeInTheDocument();
    // The bar stays, full and hidden from assistive technology, so the notice keeps its height (no shift).
    const bar = document.querySelector('.offline-progress progress');
    expect(bar).toHaveAttribute('value', '1');
    expect(bar).toHaveAttribute('aria-hidden', 'true');
    await waitFor(() => expect(screen.queryByText('Disponible hors ligne')).not.toBeInTheDocument(), {
      timeout: 6_000,
    });
  });

  it('shows nothing on a visit where the app was already offline-ready', async () => {
    usePwa.setState({ offlineReady: true });
    await renderNotices('/');
    expect(screen.queryByRole('status')).not.toBeInTheDocument();
  });

  it('says so when the first install fails', async () => {
    await renderNotices('/');
    act(() => usePwa.setState({ installProgress: { done: 3, total: 100 }, installFailed: true }));
    expect(screen.getByRole('alert')).toHaveTextContent(/n’a pas pu finir/);
    await userEvent.click(screen.getByRole('button', { name: 'Fermer' }));
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });
});
