/**
 * The app's start, run by src/main.tsx once React and the libraries are evaluated. A prerendered page (src/app/prerender) already shows its text: this only makes it
 * interactive. It loads exactly what the page was rendered with — the route's code, its translation
 * namespaces, the content pack when the page shows content — and then hydrates the existing markup in a
 * transition, so React yields to the browser between chunks of work instead of blocking a slow phone's main
 * thread. The database, the lock and the sync start later, only where the device needs them
 * (src/app/start-device-services.ts).
 */
import { StrictMode, startTransition } from 'react';
import { createRoot, hydrateRoot } from 'react-dom/client';
import { createBrowserRouter, matchRoutes, RouterProvider } from 'react-router';
import { App } from '../app';
import { applyPreferencesToDocument } from '../apply-preferences';
import { appRoutes } from '../routes';
import { installUnlockWork } from '../unlock-work';
import { loadContent } from '../../data/content';
import { isContentLanguage } from '../../platform/i18n/content-language';
import { initI18n } from '../../platform/i18n/i18n';
import { usePreferences } from '../../platform/preferences/preferences-store';

/**
 * @param nextTask a task boundary (./next-task.ts), passed in by the entry rather than imported: imported by
 * both, the bundler gave those ten lines a chunk, and the first route a request, of their own.
 */
export async function startApp(nextTask: () => Promise<void>): Promise<void> {
  const root = document.getElementById('root');
  if (!root) throw new Error('#root missing from the page');

  const preferences = usePreferences.getState();
  applyPreferencesToDocument(preferences);
  // Before any page can start the lock (a contact page's gate does, at its first render).
  installUnlockWork();

  /** What the build recorded on #root when it prerendered this page (scripts/vite-prerender-plugin.ts). */
  const rendered = {
    language: root.dataset.lang,
    namespaces: root.dataset.namespaces?.split(',').filter(Boolean) ?? [],
    content: root.dataset.content?.split(',').filter(isContentLanguage) ?? [],
  };

  /**
   * Hydrate only markup that is exactly what this client would render: the page's own prerender (not the
   * app shell), in the reader's language, for a URL without a query (answers in the finder, a search, a
   * content-language switch render differently), still at the URL it was loaded for. Anything else is
   * rendered afresh over the prerendered text.
   */
  const navigation = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming | undefined;
  // The markup is the prerender of the URL this document was loaded at. Back or Forward between this document's
  // entries (a reload keeps the ones the app pushed) can move the URL before the app starts, and nothing has
  // redrawn the page yet: hydrating /guide over /guide/3-1-1's markup was a mismatch (React error #418).
  const loadedPath = navigation ? new URL(navigation.name).pathname : window.location.pathname;
  const sameLanguage = rendered.language === preferences.language;
  /** Read just before the router starts: the URL can move while the app loads (see above). */
  const markupMatchesUrl = () =>
    sameLanguage &&
    root.dataset.page !== 'shell' &&
    window.location.search === '' &&
    window.location.pathname === loadedPath;

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
  // What the page was rendered with is loaded even when it is rendered afresh in the same language (a query, or
  // Back to another entry before the app started): the page then draws whole at once, and the router's scroll
  // restoration finds it at its full height.
  // Each load starts with work of its own on the main thread (the preload helper's links, fetches, i18n's
  // setup): started in one task, they made one of the page's long tasks, so each starts in a task of its own.
  // Catching at once keeps a failure from being reported as unhandled meanwhile; Promise.all still sees it.
  const content: Promise<boolean> = sameLanguage
    ? Promise.all(rendered.content.map((lang) => loadContent(lang))).then(
        () => true,
        () => false,
      )
    : Promise.resolve(false);
  await nextTask();
  const strings = initI18n(preferences.language, sameLanguage ? rendered.namespaces : ['common']);
  strings.catch(() => undefined);
  await nextTask();
  const [contentReady] = await Promise.all([content, strings, loadRouteModules()]);
  // Creating the router is a long call of its own (16–22 ms of a first visit's main thread in a profile here).
  await nextTask();

  performance.mark('lt:loaded');
  // Decided here, in the same task as the router's creation and the hydration: read before the loads, a Back
  // taken while they ran was missed and the page was hydrated over another route's markup (React error #418).
  const hydrate = markupMatchesUrl();
  // A page opened afresh (a link, the address bar; not a reload, not Back): hydration data (there is none to
  // give, no route has a loader) tells the router the page is already drawn, so its scroll restoration leaves
  // the reader where they scrolled on the prerendered page. Without it the first render scrolls to the top: on
  // a slow phone the page jumped under a reader's finger and a tap aimed at a question hit the background.
  // A reload or Back keeps the router's own restoration of the position it saved for that entry.
  const freshEntry = navigation?.type === 'navigate';
  const router = createBrowserRouter(
    appRoutes,
    hydrate && contentReady && freshEntry ? { hydrationData: {} } : undefined,
  );
  const app = (
    <StrictMode>
      <App>
        <RouterProvider router={router} />
      </App>
    </StrictMode>
  );

  if (hydrate && contentReady) {
    startTransition(() => {
      hydrateRoot(root, app, {
        // React's default reports a mismatch as a bare minified error (#418) with no clue where; the component
        // stack goes to the console first, then the error is reported as before, so tests still fail on it.
        onRecoverableError(error, info) {
          console.warn('Hydration mismatch recovered by a client render, in:', info.componentStack ?? '(unknown)');
          reportError(error);
        },
      });
    });
  } else {
    createRoot(root).render(app);
  }
}
