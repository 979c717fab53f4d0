/**
 * "Read in English / Lire en français": shows the page's content in the other language, on the same URL with
 * `?lang=` (src/platform/i18n/content-language.ts), so the link can be shared and the back button returns. When
 * the page is not in the interface language, says which text the reader is looking at.
 */
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'react-router';
import { useContentLanguage, useInterfaceLanguage, withContentLanguage } from '../../platform/i18n/content-language';
import './content-language-switch.css';

export function ContentLanguageSwitch() {
  const { t } = useTranslation();
  const lang = useContentLanguage();
  const ui = useInterfaceLanguage();
  const { pathname, search, hash } = useLocation();
  const other = lang === 'fr' ? 'en' : 'fr';
  return (
    <p className="content-language-switch">
      {lang !== ui && (
        <span className="content-language-switch__note muted">{t(`contentLanguage.shownIn.${lang}`)}</span>
      )}
      <Link
        to={withContentLanguage(`${pathname}${search}${hash}`, other, ui)}
        hrefLang={other}
        className="button button--small content-language-switch__link"
        // Same page, other text: keep the reader where they are rather than jumping to the top.
        preventScrollReset
      >
        {t(`contentLanguage.readIn.${other}`)}
      </Link>
    </p>
  );
}
