import { useContent } from '../../../data/content';

/** Every scheme of the page's language, A–Z by acronym (or name). */
export function useSchemes() {
  return useContent().schemes;
}
