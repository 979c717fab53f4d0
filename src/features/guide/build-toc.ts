/** Table of contents from the flat, ordered section list (each section names its parent). */
import type { SectionRow } from '../../data/content';

export interface TocNode {
  section: Pick<SectionRow, 'id' | 'number' | 'title' | 'kind' | 'parent'>;
  children: TocNode[];
}

export function buildToc(sections: readonly SectionRow[]): TocNode[] {
  const roots: TocNode[] = [];
  const byId = new Map<string, TocNode>();
  for (const { id, number, title, kind, parent } of sections) {
    const node: TocNode = { section: { id, number, title, kind, parent }, children: [] };
    byId.set(id, node);
    const parentNode = parent === null ? undefined : byId.get(parent);
    (parentNode ? parentNode.children : roots).push(node);
  }
  return roots;
}

/** Previous and next sections in reading order. */
export function neighbours<T extends { id: string }>(ordered: readonly T[], id: string): { previous?: T; next?: T } {
  const index = ordered.findIndex((section) => section.id === id);
  if (index < 0) return {};
  return { previous: ordered[index - 1], next: ordered[index + 1] };
}

/** Ids of the footnotes a section refers to, in order of first use. */
export function footnoteNumbers(texts: Iterable<string>): number[] {
  const numbers = new Set<number>();
  for (const text of texts) for (const match of text.matchAll(/\[\^(\d+)\]/g)) numbers.add(Number(match[1]));
  return [...numbers];
}

/** The top-level chapter a section belongs to (itself for a chapter); undefined for an unknown id. */
export function chapterOf(sections: readonly Pick<SectionRow, 'id' | 'parent'>[], id: string): string | undefined {
  const byId = new Map(sections.map((section) => [section.id, section]));
  let section = byId.get(id);
  while (section?.parent) section = byId.get(section.parent);
  return section?.id;
}
