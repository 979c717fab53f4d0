import type { ContentIndex } from '../../data/content';
import { inlineToPlainText } from '../../lib/inline-markup';

export interface SchemeLabel {
  id: string;
  /** Acronym when there is one (CEJ), else the French name. */
  label: string;
}

/** The content pack's schemes in directory order: the form's choices and the import's known ids ([S75]). */
export function schemeLabels(content: ContentIndex): SchemeLabel[] {
  return content.schemes.map((scheme) => ({
    id: scheme.id,
    label: scheme.acronym ?? inlineToPlainText(scheme.nameFr),
  }));
}
