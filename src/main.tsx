/**
 * The browser entry. A prerendered page (src/app/prerender) already shows its text: this only makes it
 * interactive. It loads exactly what the page was rendered with — the route's code, its translation
 * namespaces, the content pack when the page shows content — and then hydrates the existing markup in a
 * transition, so React yields to the browser between chunks of work instead of blocking a slow phone's main
 * thread. The database, the lock and the sync start later, only where the device needs them
 * (src/app/start-device-services.ts).
 */
import { StrictMode, startTransition } from 'react';
import { createRoot, hydrateRoot } from 'react-dom/client';
import { createBrowserRouter, matchRoutes, RouterProvider } from 'react-router';
import { App } from './app/app';
import { applyPreferencesToDocument } from './app/apply-preferences';
import { appRoutes } from './app/routes';
import { loadContent } from './data/content';
import { isContentLanguage } from './lib/content-language';
import { initI18n } from './lib/i18n';
import { usePreferences } from './stores/preferences-store';
import './styles/global.css';

// Read by the benchmarks (scripts/bench): when the entry ran, when what the page needs was loaded.
performance.mark('lt:entry');
const root = document.getElementById('root');
if (!root) throw new Error('#root missing from the page');

const preferences = usePreferences.getState();
applyPreferencesToDocument(preferences);

/** What the build recorded on #root when it prerendered this page (scripts/vite-prerender-plugin.ts). */
const rendered = {
  language: root.dataset.lang,
  namespaces: root.dataset.namespaces?.split(',').filter(Boolean) ?? [],
  content: root.dataset.content?.split(',').filter(isContentLanguage) ?? [],
};

/**
 * Hydrate only markup that is exactly what this client would render: the page's own prerender (not the
 * app shell), in the reader's language, for a URL without a query (answers in the finder, a search, a
 * content-language switch render differently). Anything else is rendered afresh over the prerendered text.
 */
const hydrate =
  rendered.language === preferences.language && root.dataset.page !== 'shell' && window.location.search === '';

/** Resolves the lazy routes of this URL before the router starts, so its first render is the page itself. */
async function loadRouteModules(): Promise<void> {
  const matches = matchRoutes(appRoutes, window.location) ?? [];
  await Promise.all(
    matches.map(async ({ route }) => {
      if (typeof route.lazy !== 'function') return;
      const module = await route.lazy();
      Object.assign(route, module, { lazy: undefined });
    }),
  );
}

// A content pack that cannot load (storage evicted, network gone on a first visit) must not leave the page
// dead: the app then renders afresh, and the page's own error state says what failed, translated.
const [contentReady] = await Promise.all([
  hydrate
    ? Promise.all(rendered.content.map((lang) => loadContent(lang))).then(
        () => true,
        () => false,
      )
    : false,
  initI18n(preferences.language, hydrate ? rendered.namespaces : ['common']),
  loadRouteModules(),
]);

performance.mark('lt:loaded');
const router = createBrowserRouter(appRoutes);
const app = (
  <StrictMode>
    <App>
      <RouterProvider router={router} />
    </App>
  </StrictMode>
);

if (hydrate && contentReady) {
  startTransition(() => {
    hydrateRoot(root, app);
  });
} else {
  createRoot(root).render(app);
}
