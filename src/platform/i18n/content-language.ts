/**
 * Language of the content (guide, terms, schemes, checklists, Table 1). It follows the interface language; a
 * page can be read in the other one with `?lang=en` / `?lang=fr` (the per-page switch writes it, and a shared
 * link keeps it), so every content URL works in both languages. Content elements carry `lang` so screen
 * readers pronounce it right and browsers hyphenate it correctly whatever the interface language.
 */
import { useTranslation } from 'react-i18next';
import { useLocation } from 'react-router';
import type { ContentLanguage } from '../../content/schema';

export type { ContentLanguage };

/** The query parameter that asks for a content language. */
export const LANG_PARAM = 'lang';

export function isContentLanguage(value: unknown): value is ContentLanguage {
  return value === 'en' || value === 'fr';
}

/** The content language for an interface language, unless the URL's search asks for one. */
export function resolveContentLanguage(interfaceLanguage: string | undefined, search: string): ContentLanguage {
  const asked = new URLSearchParams(search).get(LANG_PARAM);
  if (isContentLanguage(asked)) return asked;
  return interfaceLanguage?.startsWith('fr') ? 'fr' : 'en';
}

/** The interface language as a content language. */
export function useInterfaceLanguage(): ContentLanguage {
  const { i18n } = useTranslation();
  return i18n.language?.startsWith('fr') ? 'fr' : 'en';
}

/** The language the current page shows its content in. */
export function useContentLanguage(): ContentLanguage {
  const { i18n } = useTranslation();
  const { search } = useLocation();
  return resolveContentLanguage(i18n.language, search);
}

/**
 * `url` asking for `lang` when it is not the interface language (so the link reads as it did here), and
 * without the parameter otherwise: the plain URL already means the interface language.
 */
export function withContentLanguage(url: string, lang: ContentLanguage, interfaceLanguage: ContentLanguage): string {
  const hashAt = url.indexOf('#');
  const [base, hash] = hashAt >= 0 ? [url.slice(0, hashAt), url.slice(hashAt)] : [url, ''];
  const queryAt = base.indexOf('?');
  const [path, query] = queryAt >= 0 ? [base.slice(0, queryAt), base.slice(queryAt + 1)] : [base, ''];
  const params = new URLSearchParams(query);
  if (lang === interfaceLanguage) params.delete(LANG_PARAM);
  else params.set(LANG_PARAM, lang);
  const search = params.toString();
  return `${path}${search ? `?${search}` : ''}${hash}`;
}
