/**
 * Build-time rendering of one page (compiled by Vite as an SSR bundle and run by
 * scripts/vite-prerender-plugin.ts): the same routes, components and translations as the browser, rendered
 * to HTML with the page's content already in it, so a phone paints the text before any JavaScript runs.
 * It also reports what the render used (translation namespaces, content languages), which the page carries
 * so the client loads exactly that before hydrating (src/main.tsx).
 */
import { StrictMode } from 'react';
import { renderToString } from 'react-dom/server';
import { I18nextProvider, initReactI18next } from 'react-i18next';
import { createInstance, type Resource } from 'i18next';
import { createStaticHandler, createStaticRouter, StaticRouterProvider } from 'react-router';
import enPackModule from 'virtual:content-pack/en';
import frPackModule from 'virtual:content-pack/fr';
import type { RouteObject } from 'react-router';
import { App } from '../app';
import { PageLoading } from '../../ui/components/page-loading';
import { appRoutes } from '../routes';
import { contentUsedLanguages, provideContent, resetContentUsage } from '../../data/content';
import { collectDocumentTitle } from '../../ui/hooks/use-document-title';
import { routes } from '../../shared/routes';
import type { ContentPack } from '../../content/schema';
import type { PageLanguage } from '../../shared/prerendered-pages';

const enPack: ContentPack = enPackModule;
const frPack: ContentPack = frPackModule;

const localeFiles = import.meta.glob<Record<string, unknown>>('../../../locales/*/*.json', {
  eager: true,
  import: 'default',
});

const resources: Resource = {};
for (const [file, strings] of Object.entries(localeFiles)) {
  const [, lang = '', ns = ''] = /locales\/(\w+)\/([\w-]+)\.json$/.exec(file) ?? [];
  resources[lang] = { ...resources[lang], [ns]: strings };
}

provideContent('en', enPack);
provideContent('fr', frPack);

export interface RenderedPage {
  /** The markup inside #root. */
  markup: string;
  /** The document title the page sets. */
  title: string;
  /** Translation namespaces the render read. */
  namespaces: string[];
  /** Content languages the render read. */
  content: string[];
  /** 200, or 404 for a URL the router does not know. */
  status: number;
}

/**
 * The app shell, for URLs without a page of their own (a contact, a referral): the layout with the loading
 * placeholder in main, which the client replaces with the page it renders.
 */
const shellRoutes: RouteObject[] = [
  {
    element: appRoutes[0]?.element,
    children: [{ path: '*', element: <PageLoading /> }],
  },
];

export function renderPage(pathname: string, lang: PageLanguage): Promise<RenderedPage> {
  return render(appRoutes, pathname, lang);
}

export function renderShell(lang: PageLanguage): Promise<RenderedPage> {
  return render(shellRoutes, '/', lang);
}

async function render(table: RouteObject[], pathname: string, lang: PageLanguage): Promise<RenderedPage> {
  const i18n = createInstance();
  await i18n.use(initReactI18next).init({
    lng: lang,
    fallbackLng: false,
    resources,
    defaultNS: 'common',
    ns: Object.keys(resources[lang] ?? {}),
    interpolation: { escapeValue: false },
    react: { useSuspense: false },
  });
  const handler = createStaticHandler(table);
  const context = await handler.query(new Request(`http://localhost${pathname}`));
  if (context instanceof Response) throw new Error(`${pathname} answered a redirect while prerendering`);
  const router = createStaticRouter(handler.dataRoutes, context);

  resetContentUsage();
  let title = '';
  const stopCollecting = collectDocumentTitle((value) => (title = value));
  let markup: string;
  try {
    markup = renderToString(
      <StrictMode>
        <I18nextProvider i18n={i18n}>
          <App>
            <StaticRouterProvider router={router} context={context} hydrate={false} />
          </App>
        </I18nextProvider>
      </StrictMode>,
    );
  } finally {
    stopCollecting();
  }
  const used = (i18n as unknown as { reportNamespaces?: { getUsedNamespaces(): string[] } }).reportNamespaces;
  return {
    markup,
    title,
    namespaces: used?.getUsedNamespaces() ?? ['common'],
    content: contentUsedLanguages(),
    status: context.statusCode,
  };
}

/** Every URL that gets a page of its own: the content routes (every item of the pack) and the app's shells. */
export function listPagePaths(): string[] {
  return [
    routes.home(),
    routes.guide(),
    ...enPack.guide.sections.map((section) => routes.section(section.id)),
    routes.vocabulary(),
    ...enPack.vocabulary.map((term) => routes.term(term.id)),
    routes.schemes(),
    ...enPack.schemes.map((scheme) => routes.scheme(scheme.id)),
    routes.checklists(),
    ...enPack.checklists.map((checklist) => routes.checklist(checklist.id)),
    routes.table1(),
    routes.finder(),
    routes.search(),
    routes.favourites(),
    routes.directory(),
    routes.contacts(),
    routes.newContact(),
    routes.settings(),
    routes.join(),
  ];
}
