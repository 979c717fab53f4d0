/** What the favourites page shows of each favourite: the title of what it points to, in the page's language. */
import type { ContentIndex } from '../content';
import type { FavouriteKind, FavouriteRow } from '../../platform/db/rows';
import { schemeName } from '../content/scheme-labels';
import { inlineToPlainText } from '../../shared/text/inline-markup';

export interface FavouriteItem {
  kind: FavouriteKind;
  id: string;
  createdAt: string;
  /** Plain-text title; null when a content update removed the item (it stays listed so it can be removed). */
  title: string | null;
  /** The number printed in the guide, for sections ("2.4.2"). */
  number?: string;
  /** Second line, in English: a term's gloss, a scheme's English name (shown as an optional gloss). */
  detail?: string;
}

type Resolved = Pick<FavouriteItem, 'number' | 'detail'> & { title: string };

function resolve(content: ContentIndex, kind: FavouriteKind, id: string): Resolved | undefined {
  switch (kind) {
    case 'section': {
      const section = content.sectionsById.get(id);
      return section && { title: inlineToPlainText(section.title), number: section.number };
    }
    case 'term': {
      const term = content.termsById.get(id);
      return term && { title: term.terms.map(inlineToPlainText).join(', '), detail: inlineToPlainText(term.gloss) };
    }
    case 'scheme': {
      const scheme = content.schemesById.get(id);
      if (!scheme) return undefined;
      const name = schemeName(scheme);
      return {
        title: scheme.acronym ? `${scheme.acronym} — ${name}` : name,
        detail: inlineToPlainText(scheme.nameEn),
      };
    }
    case 'checklist': {
      const checklist = content.checklistsById.get(id);
      return checklist && { title: inlineToPlainText(checklist.title) };
    }
  }
}

/** The favourites, in the order given, each with the title of what it points to (null when it is gone). */
export function favouriteItems(favourites: readonly FavouriteRow[], content: ContentIndex): FavouriteItem[] {
  return favourites.map(({ kind, id, createdAt }) => {
    const found = resolve(content, kind, id);
    return { kind, id, createdAt, title: found?.title ?? null, number: found?.number, detail: found?.detail };
  });
}
