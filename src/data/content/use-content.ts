/**
 * The content of the page's language, synchronously: a page renders its text on the first render (what the
 * prerendered HTML holds, so hydration matches). Before the pack is in memory the hook suspends on its load;
 * a failed load is thrown for the route's error element to show.
 */
import { useContentLanguage, type ContentLanguage } from '../../platform/i18n/content-language';
import type { ContentIndex } from './build-index';
import { loadContent, markContentUsed, peekContent } from './store';

/** Load failures by language, so a render after a failure shows it instead of suspending forever. */
const failures = new Map<ContentLanguage, unknown>();

export function useContent(lang?: ContentLanguage): ContentIndex {
  const pageLanguage = useContentLanguage();
  const wanted = lang ?? pageLanguage;
  markContentUsed(wanted);
  const index = peekContent(wanted);
  if (index) return index;
  if (failures.has(wanted)) {
    const error = failures.get(wanted);
    // Shown once: the error element's "reload" (or the next visit to the page) tries again.
    failures.delete(wanted);
    throw error;
  }
  throw loadContent(wanted).catch((error: unknown) => {
    failures.set(wanted, error);
  });
}
