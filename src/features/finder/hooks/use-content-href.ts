import { useContentLanguage, useInterfaceLanguage, withContentLanguage } from '../../../platform/i18n/content-language';

/** Links to content pages keep the language the finder reads content in (`?lang=` when not the interface's). */
export function useContentHref(): (url: string) => string {
  const lang = useContentLanguage();
  const ui = useInterfaceLanguage();
  return (url) => withContentLanguage(url, lang, ui);
}
