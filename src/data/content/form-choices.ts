/** What the contact form offers to pick from the content: the Table 1 topics and the schemes. Pure. */
import type { ContentIndex, TableFactorRow } from '.';
import { inlineToPlainText } from '../../shared/text/inline-markup';
import { schemeLabelOf, schemeName, type SchemeLabel } from './scheme-labels';
import type { Language } from '../../platform/preferences/preferences-store';

/** `name` is in the reader's language, shown next to the acronym and filtered on. */
export interface SchemeOption extends SchemeLabel {
  /** The name in the other language: found by the filter too, never shown. */
  otherName: string;
}

export interface TopicOption {
  id: string;
  title: string;
  scope: TableFactorRow['scope'];
}

/** The scheme directory A–Z, as the schemes a contact can suggest, named in the reader's language. */
export function schemeOptions(content: ContentIndex, language: Language): SchemeOption[] {
  const other = language === 'fr' ? 'en' : 'fr';
  return content.schemes.map((row) => ({ ...schemeLabelOf(row, language), otherName: schemeName(row, other) }));
}

/** The Table 1 factors, in the guide's order, as the topics a contact can be about. */
export function topicOptions(content: ContentIndex): TopicOption[] {
  return content.tableFactors.map((row) => ({ id: row.id, title: inlineToPlainText(row.factor), scope: row.scope }));
}
