/**
 * Renders a component as the app would: real translations (locales/), a router at the given URL, the real
 * content packs in memory (src/data/content) and a fresh fake-indexeddb database for the user's data.
 */
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { render, type RenderResult } from '@testing-library/react';
import i18next, { type i18n } from 'i18next';
import type { ReactElement } from 'react';
import { I18nextProvider, initReactI18next } from 'react-i18next';
import { createMemoryRouter, RouterProvider, type RouteObject } from 'react-router';
import { LimitsDb, setDbForTests } from '../../src/platform/db/db';
import { NAMESPACES } from '../../src/platform/i18n/i18n';
import { provideTestContent } from './test-content';

let dbCounter = 0;

/**
 * A fresh, empty user database. Unless `content: false`, with the content packs in memory and the database
 * already open (as a page finds it once the app has started), so a test waits for its own reads only.
 */
export async function freshDb(options: { content?: boolean } = {}): Promise<LimitsDb> {
  const db = new LimitsDb(`test-${Date.now()}-${dbCounter++}`);
  setDbForTests(db);
  if (options.content !== false) {
    provideTestContent();
    await db.open();
  }
  return db;
}

export function loadTranslations(language: 'en' | 'fr'): Record<string, Record<string, unknown>> {
  return Object.fromEntries(
    NAMESPACES.map((ns) => {
      const file = resolve(process.cwd(), 'locales', language, `${ns}.json`);
      // A namespace file may not exist yet while a feature is being written; tests/unit/locales.test.ts
      // fails the suite if any is missing in the end.
      const data = existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown>) : {};
      return [ns, data];
    }),
  );
}

export async function testI18n(language: 'en' | 'fr' = 'en'): Promise<i18n> {
  const instance = i18next.createInstance();
  await instance.use(initReactI18next).init({
    lng: language,
    fallbackLng: false,
    ns: [...NAMESPACES],
    defaultNS: 'common',
    // Both languages, so a test can switch language (settings) and see the other one's labels.
    resources: { en: loadTranslations('en'), fr: loadTranslations('fr') },
    interpolation: { escapeValue: false },
    react: { useSuspense: false },
  });
  return instance;
}

export interface RenderAppOptions {
  /** URL to start at, e.g. "/vocabulary/nourrice". */
  url?: string;
  /** Route pattern of the element, e.g. "/vocabulary/:termId". */
  path?: string;
  language?: 'en' | 'fr';
  /** Other routes to render (to check where a link leads). */
  routes?: RouteObject[];
}

export async function renderApp(element: ReactElement, options: RenderAppOptions = {}): Promise<RenderResult> {
  provideTestContent();
  const instance = await testI18n(options.language);
  const url = options.url ?? '/';
  const router = createMemoryRouter(
    [{ path: options.path ?? url.split(/[?#]/)[0], element }, ...(options.routes ?? [])],
    { initialEntries: [url] },
  );
  return render(
    <I18nextProvider i18n={instance}>
      <RouterProvider router={router} />
    </I18nextProvider>,
  );
}
