/**
 * i18next set-up. Translations live in locales/<lang>/<namespace>.json — one namespace per feature, so each
 * feature owns its strings — and are loaded on demand (small chunks, precached), so the first route only
 * carries the active language.
 */
import i18next, { type BackendModule } from 'i18next';
import { initReactI18next } from 'react-i18next';
import type { Language } from '../stores/preferences-store';

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
] as const;

const files = import.meta.glob<{ default: Record<string, unknown> }>('../../locales/*/*.json');

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
      ns: [...NAMESPACES],
      defaultNS: 'common',
      interpolation: { escapeValue: false },
      react: { useSuspense: true },
    });
  return i18next;
}
