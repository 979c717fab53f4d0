import { useContent } from '../../../data/content';

/** The section, or null when there is no such section. */
export function useSection(id: string) {
  return useContent().sectionsById.get(id) ?? null;
}
