import type { ContentLanguage } from '../../../content/schema';
import { contentTables } from '../../../db/content-tables';
import { getDb } from '../../../db/db';
import type { FootnoteRow } from '../../../db/rows';

export function listFootnotes(numbers: number[], lang: ContentLanguage): Promise<FootnoteRow[]> {
  return contentTables(getDb(), lang).footnotes.where('number').anyOf(numbers).sortBy('number');
}
