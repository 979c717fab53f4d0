import { getDb } from '../../../db/db';
import type { FootnoteRow } from '../../../db/rows';

export function listFootnotes(numbers: number[]): Promise<FootnoteRow[]> {
  return getDb().footnotes.where('number').anyOf(numbers).sortBy('number');
}
