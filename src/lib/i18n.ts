/**
 * i18next set-up. Translations live in locales/<lang>/<namespace>.json — one namespace per feature, so each
 * feature owns its strings. The shell's namespaces (common, home) are bundled so the first paint waits for
 * no request; the others load on demand (small chunks, precached) when a page first needs them.
 */
import i18next, { type BackendModule } from 'i18next';
import { initReactI18next } from 'react-i18next';
import commonEn from '../../locales/en/common.json';
import homeEn from '../../locales/en/home.json';
import commonFr from '../../locales/fr/common.json';
import homeFr from '../../locales/fr/home.json';
import type { Language } from '../stores/preferences-store';

const BUNDLED = {
  en: { common: commonEn, home: homeEn },
  fr: { common: commonFr, home: homeFr },
};

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
] as const;

const files = import.meta.glob<{ default: Record<string, unknown> }>([
  '../../locales/*/*.json',
  '!../../locales/*/common.json',
  '!../../locales/*/home.json',
]);

const lazyBackend: BackendModule = {
  type: 'backend',
  init() {},
  read(language, namespace, callback) {
    const load = files[`../../locales/${language}/${namespace}.json`];
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

export async function initI18n(language: Language): Promise<typeof i18next> {
  await i18next
    .use(lazyBackend)
    .use(initReactI18next)
    .init({
      lng: language,
      fallbackLng: false,
      supportedLngs: ['fr', 'en'],
      ns: ['common', 'home'],
      defaultNS: 'common',
      resources: BUNDLED,
      // Namespaces not in `resources` still come from the backend, when a page asks for them.
      partialBundledLanguages: true,
      interpolation: { escapeValue: false },
      react: { useSuspense: true },
    });
  return i18next;
}
