import { useEffect, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { usePreferences } from '../platform/preferences/preferences-store';
import { applyPreferencesToDocument } from './apply-preferences';
import { rememberPageLanguage } from './page-language';

/** Keeps i18next, <html> and the page-language cookie in step with the stored preferences. */
function usePreferencesEffects(): void {
  const { i18n } = useTranslation();
  const language = usePreferences((s) => s.language);
  const theme = usePreferences((s) => s.theme);
  const textSize = usePreferences((s) => s.textSize);
  const glosses = usePreferences((s) => s.glosses);
  useEffect(() => {
    applyPreferencesToDocument({ language, theme, textSize, glosses });
    if (i18n.language !== language) void i18n.changeLanguage(language);
  }, [i18n, language, theme, textSize, glosses]);
  useEffect(() => rememberPageLanguage(language), [language]);
}

/** The app around its router: the browser's (src/main.tsx) or the build's static one (src/app/prerender). */
export function App({ children }: { children: ReactNode }) {
  usePreferencesEffects();
  // Read by the benchmarks (scripts/bench): the page is interactive from here.
  useEffect(() => void performance.mark('lt:interactive'), []);
  return children;
}
