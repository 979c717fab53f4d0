import { useContent } from '../../../data/content';

/** Every section of the page's language, in document order. */
export function useSections() {
  return useContent().sections;
}
