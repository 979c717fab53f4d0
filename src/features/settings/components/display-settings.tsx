import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import {
  LANGUAGES,
  TEXT_SIZES,
  THEMES,
  showsGlosses,
  usePreferences,
  type Language,
  type TextSize,
  type Theme,
} from '../../../platform/preferences/preferences-store';
import { RadioGroup } from './radio-group';

/**
 * Language, text size, theme and English glosses. The app shell applies the stored preferences to the whole page.
 */
export function DisplaySettings() {
  const { t, i18n } = useTranslation('settings');
  const { language, textSize, theme, glosses, setLanguage, setTextSize, setTheme, setGlosses } = usePreferences();
  const glossesId = useId();

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
      <fieldset className="radio-group">
        <legend>{t('glosses.legend')}</legend>
        <div className="radio-group__option">
          <input
            type="checkbox"
            id={glossesId}
            checked={showsGlosses({ glosses, language })}
            onChange={(event) => setGlosses(event.target.checked)}
            aria-describedby={`${glossesId}-hint`}
          />
          <label htmlFor={glossesId}>{t('glosses.label')}</label>
        </div>
        <p className="muted" id={`${glossesId}-hint`}>
          {t('glosses.hint')}
        </p>
      </fieldset>
    </section>
  );
}
