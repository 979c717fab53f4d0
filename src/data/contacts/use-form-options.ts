import { useLiveQuery } from 'dexie-react-hooks';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useContent } from '../content';
import { recentPlaces } from './contact-queries';
import { schemeOptions, topicOptions } from '../content/form-choices';
import type { Language } from '../../platform/preferences/preferences-store';

/** What the form offers to pick from: Table 1 topics, schemes, recent places; undefined while places are read. */
export function useFormOptions() {
  const content = useContent();
  // Scheme names in the reader's language (French names in French, not the English edition's).
  const language: Language = useTranslation().i18n.language === 'en' ? 'en' : 'fr';
  const choices = useMemo(
    () => ({ topics: topicOptions(content), schemes: schemeOptions(content, language) }),
    [content, language],
  );
  const places = useLiveQuery(() => recentPlaces(), []);
  return useMemo(() => places && { ...choices, places }, [choices, places]);
}
