/**
 * i18next set-up. Translations live in locales/<lang>/<namespace>.json — one namespace per feature, so each
 * feature owns its strings. Every namespace is a small chunk loaded on demand, in the active language only:
 * a prerendered page names the namespaces it was rendered with (src/app/prerender), and the client loads just
 * those before hydrating; the first paint needs none of them (the text is in the HTML).
 */
import i18next, { type BackendModule } from 'i18next';
import { initReactI18next } from 'react-i18next';
import type { Language } from '../preferences/preferences-store';

export const NAMESPACES = [
  'common',
  'home',
  'guide',
  'vocabulary',
  'schemes',
  'checklists',
  'table1',
  'favourites',
  'settings',
  'search',
  'sync',
  'contacts',
  'finder',
  'referrals',
  'directory',
  'security',
  'dashboard',
] as const;

const files = import.meta.glob<{ default: Record<string, unknown> }>('../../../locales/*/*.json');

const lazyBackend: BackendModule = {
  type: 'backend',
  init() {},
  read(language, namespace, callback) {
    const load = files[`../../../locales/${language}/${namespace}.json`];
    if (!load) {
      callback(new Error(`No translations for ${language}/${namespace}`), null);
      return;
    }
    load().then(
      (module) => callback(null, module.default),
      (error: unknown) => callback(error as Error, null),
    );
  },
};

/** Starts i18next in `language` with `namespaces` loaded (the ones the first render needs). */
export async function initI18n(
  language: Language,
  namespaces: readonly string[] = ['common', 'home'],
): Promise<typeof i18next> {
  await i18next
    .use(lazyBackend)
    .use(initReactI18next)
    .init({
      lng: language,
      fallbackLng: false,
      supportedLngs: ['fr', 'en'],
      ns: [...new Set(['common', ...namespaces])],
      defaultNS: 'common',
      interpolation: { escapeValue: false },
      react: { useSuspense: true },
    });
  return i18next;
}
