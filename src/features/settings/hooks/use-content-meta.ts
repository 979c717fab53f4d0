import { useContent } from '../../../data/content';

/** What the page's content is: pack version and date, guide and edition. */
export function useContentMeta() {
  return useContent();
}
