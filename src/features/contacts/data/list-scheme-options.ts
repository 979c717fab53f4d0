import type { ContentLanguage } from '../../../content/schema';
import { contentTables } from '../../../db/content-tables';
import { getDb } from '../../../db/db';
import { inlineToPlainText } from '../../../lib/inline-markup';

export interface SchemeOption {
  id: string;
  /** Acronym when there is one (CEJ), else the name. */
  label: string;
  /** The name, to show next to the acronym and to filter on. */
  name: string;
  nameFr: string;
}

/** The scheme directory A–Z, as the schemes a contact can suggest. */
export async function listSchemeOptions(lang: ContentLanguage): Promise<SchemeOption[]> {
  const rows = await contentTables(getDb(), lang).schemes.orderBy('sortKey').toArray();
  return rows.map((row) => {
    const name = inlineToPlainText(row.nameEn);
    return { id: row.id, label: row.acronym ?? name, name, nameFr: inlineToPlainText(row.nameFr) };
  });
}
