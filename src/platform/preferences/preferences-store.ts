/** The user's display preferences (UI state, kept in localStorage: tiny, synchronous, read before first paint). */
import { create } from 'zustand';
import { createJSONStorage, persist } from 'zustand/middleware';

export const LANGUAGES = ['fr', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];
export const THEMES = ['system', 'light', 'dark'] as const;
export type Theme = (typeof THEMES)[number];
export const TEXT_SIZES = [100, 125, 150, 200] as const;
export type TextSize = (typeof TEXT_SIZES)[number];

export function detectLanguage(languages: readonly string[] = globalThis.navigator?.languages ?? []): Language {
  for (const tag of languages) {
    const base = tag.toLowerCase().split('-')[0];
    if (base === 'fr' || base === 'en') return base;
  }
  return 'fr';
}

interface PreferencesState {
  language: Language;
  theme: Theme;
  textSize: TextSize;
  /** English glosses under French names: null until the reader chooses (then: shown in English only). */
  glosses: boolean | null;
  setLanguage: (language: Language) => void;
  setTheme: (theme: Theme) => void;
  setTextSize: (textSize: TextSize) => void;
  setGlosses: (glosses: boolean) => void;
}

/** Whether English glosses show: the reader's choice, else on in English and off in French. */
export const showsGlosses = ({ glosses, language }: Pick<PreferencesState, 'glosses' | 'language'>): boolean =>
  glosses ?? language === 'en';

export const usePreferences = create<PreferencesState>()(
  persist(
    (set) => ({
      language: detectLanguage(),
      theme: 'system',
      textSize: 100,
      glosses: null,
      setLanguage: (language) => set({ language }),
      setTheme: (theme) => set({ theme }),
      setTextSize: (textSize) => set({ textSize }),
      setGlosses: (glosses) => set({ glosses }),
    }),
    {
      name: 'limits-terrain:preferences',
      version: 1,
      storage: createJSONStorage(() => localStorage),
      partialize: ({ language, theme, textSize, glosses }) => ({ language, theme, textSize, glosses }),
    },
  ),
);
