import { useContent } from '../../../data/content';

/** Every term of the page's language, A–Z. */
export function useTerms() {
  return useContent().terms;
}
