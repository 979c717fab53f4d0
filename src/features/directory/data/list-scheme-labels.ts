import type { ContentLanguage } from '../../../content/schema';
import { contentTables } from '../../../db/content-tables';
import { getDb } from '../../../db/db';
import { inlineToPlainText } from '../../../lib/inline-markup';

export interface SchemeLabel {
  id: string;
  /** Acronym when there is one (CEJ), else the French name. */
  label: string;
}

/** The content pack's schemes in directory order: the form's choices and the import's known ids ([S75]). */
export async function listSchemeLabels(lang: ContentLanguage): Promise<SchemeLabel[]> {
  const schemes = await contentTables(getDb(), lang).schemes.orderBy('sortKey').toArray();
  return schemes.map((scheme) => ({ id: scheme.id, label: scheme.acronym ?? inlineToPlainText(scheme.nameFr) }));
}
