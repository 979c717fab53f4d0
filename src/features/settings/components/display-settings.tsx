import { useTranslation } from 'react-i18next';
import {
  LANGUAGES,
  TEXT_SIZES,
  THEMES,
  usePreferences,
  type Language,
  type TextSize,
  type Theme,
} from '../../../stores/preferences-store';
import { RadioGroup } from './radio-group';

/** Language, text size and theme. The app shell applies the stored preferences to the whole page. */
export function DisplaySettings() {
  const { t, i18n } = useTranslation('settings');
  const { language, textSize, theme, setLanguage, setTextSize, setTheme } = usePreferences();

  const chooseLanguage = (next: Language) => {
    setLanguage(next);
    // Switch the i18n instance this page renders with right away (the app shell does it for the global one).
    if (i18n.language !== next) void i18n.changeLanguage(next);
  };

  return (
    <section aria-labelledby="display-title">
      <h2 id="display-title">{t('display.title')}</h2>
      <RadioGroup<Language>
        legend={t('language.legend')}
        name="language"
        options={LANGUAGES.map((value) => ({ value, label: t(`language.${value}`), lang: value }))}
        value={language}
        onChange={chooseLanguage}
      />
      <RadioGroup<TextSize>
        legend={t('textSize.legend')}
        name="text-size"
        options={TEXT_SIZES.map((value) => ({ value, label: t(`textSize.${value}`) }))}
        value={textSize}
        onChange={setTextSize}
      />
      <RadioGroup<Theme>
        legend={t('theme.legend')}
        name="theme"
        options={THEMES.map((value) => ({ value, label: t(`theme.${value}`) }))}
        value={theme}
        onChange={setTheme}
      />
    </section>
  );
}
