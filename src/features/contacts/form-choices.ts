/** What the contact form offers to pick from the content: the Table 1 topics and the schemes. Pure. */
import type { ContentIndex, TableFactorRow } from '../../data/content';
import { inlineToPlainText } from '../../lib/inline-markup';

export interface SchemeOption {
  id: string;
  /** Acronym when there is one (CEJ), else the name. */
  label: string;
  /** The name, to show next to the acronym and to filter on. */
  name: string;
  nameFr: string;
}

export interface TopicOption {
  id: string;
  title: string;
  scope: TableFactorRow['scope'];
}

/** The scheme directory A–Z, as the schemes a contact can suggest. */
export function schemeOptions(content: ContentIndex): SchemeOption[] {
  return content.schemes.map((row) => {
    const name = inlineToPlainText(row.nameEn);
    return { id: row.id, label: row.acronym ?? name, name, nameFr: inlineToPlainText(row.nameFr) };
  });
}

/** The Table 1 factors, in the guide's order, as the topics a contact can be about. */
export function topicOptions(content: ContentIndex): TopicOption[] {
  return content.tableFactors.map((row) => ({ id: row.id, title: inlineToPlainText(row.factor), scope: row.scope }));
}
