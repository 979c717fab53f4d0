import type { ContentIndex, SchemeRow } from '.';
import { inlineToPlainText } from '../../shared/text/inline-markup';

/** How a scheme is named wherever it is listed: the directory, the form's choices, referrals, Table 1. */
export interface SchemeLabel {
  id: string;
  /** Acronym when there is one (CEJ), else the name. */
  label: string;
  /** The name, as plain text. */
  name: string;
}

/** The name in `language` as plain text (French by default: the directory and referrals name schemes in French). */
export function schemeName(scheme: SchemeRow, language: 'fr' | 'en' = 'fr'): string {
  return inlineToPlainText(language === 'fr' ? scheme.nameFr : scheme.nameEn);
}

/** The scheme's short label: its acronym when there is one (CEJ, TAPAJ), else its name in `language`. */
export function schemeLabelOf(scheme: SchemeRow, language: 'fr' | 'en' = 'fr'): SchemeLabel {
  const name = schemeName(scheme, language);
  return { id: scheme.id, label: scheme.acronym ?? name, name };
}

/** The content pack's schemes in directory order: the form's choices and the import's known ids ([S75]). */
export function schemeLabels(content: ContentIndex): SchemeLabel[] {
  return content.schemes.map((scheme) => schemeLabelOf(scheme));
}
