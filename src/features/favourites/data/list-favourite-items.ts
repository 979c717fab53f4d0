import type { ContentLanguage } from '../../../content/schema';
import { contentTables } from '../../../db/content-tables';
import { getDb } from '../../../db/db';
import type { FavouriteKind, FavouriteRow } from '../../../db/rows';
import { inlineToPlainText } from '../../../lib/inline-markup';

export interface FavouriteItem {
  kind: FavouriteKind;
  id: string;
  createdAt: string;
  /** Plain-text title; null when a content update removed the item (it stays listed so it can be removed). */
  title: string | null;
  /** The number printed in the guide, for sections ("2.4.2"). */
  number?: string;
  /** Second line: English gloss of a term, English name of a scheme. */
  detail?: string;
}

type Resolved = Pick<FavouriteItem, 'number' | 'detail'> & { title: string };

/**
 * Every favourite, newest first, with the title of what it points to. Reads the content tables directly
 * (not through the other features), in one read transaction so a re-seed never shows half-resolved titles.
 */
export async function listFavouriteItems(lang: ContentLanguage): Promise<FavouriteItem[]> {
  const db = getDb();
  const content = contentTables(db, lang);
  const tables = [db.favourites, content.sections, content.terms, content.schemes, content.checklists];
  return db.transaction('r', tables, async () => {
    const favourites = await db.favourites.orderBy('createdAt').reverse().toArray();
    const idsOf = (kind: FavouriteKind) => favourites.filter((f) => f.kind === kind).map((f) => f.id);
    const [sections, terms, schemes, checklists] = await Promise.all([
      content.sections.bulkGet(idsOf('section')),
      content.terms.bulkGet(idsOf('term')),
      content.schemes.bulkGet(idsOf('scheme')),
      content.checklists.bulkGet(idsOf('checklist')),
    ]);

    const resolved = new Map<string, Resolved>();
    const key = (kind: FavouriteKind, id: string) => `${kind}:${id}`;
    for (const s of sections) {
      if (s) resolved.set(key('section', s.id), { title: inlineToPlainText(s.title), number: s.number });
    }
    for (const term of terms) {
      if (term) {
        resolved.set(key('term', term.id), {
          title: term.terms.map(inlineToPlainText).join(', '),
          detail: inlineToPlainText(term.gloss),
        });
      }
    }
    for (const scheme of schemes) {
      if (scheme) {
        const name = inlineToPlainText(scheme.nameFr);
        resolved.set(key('scheme', scheme.id), {
          title: scheme.acronym ? `${scheme.acronym} — ${name}` : name,
          detail: inlineToPlainText(scheme.nameEn),
        });
      }
    }
    for (const checklist of checklists) {
      if (checklist) resolved.set(key('checklist', checklist.id), { title: inlineToPlainText(checklist.title) });
    }

    return favourites.map(({ kind, id, createdAt }: FavouriteRow) => {
      const found = resolved.get(key(kind, id));
      return { kind, id, createdAt, title: found?.title ?? null, number: found?.number, detail: found?.detail };
    });
  });
}
