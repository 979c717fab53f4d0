import { useEffect } from 'react';
import { RouterProvider } from 'react-router';
import i18next from 'i18next';
import { usePreferences } from '../stores/preferences-store';
import { applyPreferencesToDocument } from './apply-preferences';
import { router } from './router';

/** Keeps i18next and <html> in step with the stored preferences. */
function usePreferencesEffects(): void {
  const language = usePreferences((s) => s.language);
  const theme = usePreferences((s) => s.theme);
  const textSize = usePreferences((s) => s.textSize);
  useEffect(() => {
    applyPreferencesToDocument({ language, theme, textSize });
    if (i18next.language !== language) void i18next.changeLanguage(language);
  }, [language, theme, textSize]);
}

export function App() {
  usePreferencesEffects();
  return <RouterProvider router={router} />;
}
