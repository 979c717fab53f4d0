/**
 * Builds the in-memory content of one language from its compiled pack: the ordered lists the pages show and
 * maps by id for the pages that look one item up. Pure (no DOM, no storage): the prerender runs it in Node.
 */
import type { ContentPack } from '../../content/schema';
import { foldText } from '../../shared/text/fold-text';
import type {
  ChecklistRow,
  ContentMeta,
  FootnoteRow,
  SchemeRow,
  SectionRow,
  TableFactorRow,
  TermRow,
} from './rows';

export interface ContentIndex extends ContentMeta {
  /** Guide sections in document order (`order` is the position). */
  sections: readonly SectionRow[];
  sectionsById: ReadonlyMap<string, SectionRow>;
  /** Footnotes by number, ascending. */
  footnotes: readonly FootnoteRow[];
  footnotesByNumber: ReadonlyMap<number, FootnoteRow>;
  /** Vocabulary A–Z by `sortKey`. */
  terms: readonly TermRow[];
  termsById: ReadonlyMap<string, TermRow>;
  /** Schemes A–Z by `sortKey` (acronym, else the name in the pack's language). */
  schemes: readonly SchemeRow[];
  schemesById: ReadonlyMap<string, SchemeRow>;
  /** Checklists in the pack's order. */
  checklists: readonly ChecklistRow[];
  checklistsById: ReadonlyMap<string, ChecklistRow>;
  /** Table 1's factors in the guide's order (`order` is the position). */
  tableFactors: readonly TableFactorRow[];
}

// Code-unit order, ties by id: the order the IndexedDB sortKey index gave, so lists read exactly as before.
const compare = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
const byKey = <T extends { sortKey: string; id: string }>(a: T, b: T) =>
  compare(a.sortKey, b.sortKey) || compare(a.id, b.id);

const mapBy = <T, K>(rows: readonly T[], key: (row: T) => K): ReadonlyMap<K, T> =>
  new Map(rows.map((row) => [key(row), row]));

export function buildContentIndex(pack: ContentPack): ContentIndex {
  const sections = pack.guide.sections.map((section, order) => ({ ...section, order }));
  const footnotes = [...pack.guide.footnotes].sort((a, b) => a.number - b.number);
  // "(Se) défaucher" files under D, as in a dictionary: a leading bracketed particle does not sort.
  const terms = pack.vocabulary
    .map((entry) => ({ ...entry, sortKey: foldText((entry.terms[0] ?? entry.id).replace(/^\([^)]*\)\s*/, '')) }))
    .sort(byKey);
  // Acronyms sort the same in both languages; a scheme without one sorts by its name in the pack's language.
  const schemes = pack.schemes
    .map((scheme) => ({
      ...scheme,
      sortKey: foldText(scheme.acronym ?? (pack.lang === 'fr' ? scheme.nameFr : scheme.nameEn)),
    }))
    .sort(byKey);
  const tableFactors = pack.table1.factors.map((factor, order) => ({ ...factor, order }));
  return {
    version: pack.version,
    date: pack.date,
    lang: pack.lang,
    edition: pack.edition,
    table1Title: pack.table1.title,
    table1Intro: pack.table1.intro,
    guideTitle: pack.guide.title,
    guideSubtitle: pack.guide.subtitle,
    guidePublisher: pack.guide.publisher,
    guidePublished: pack.guide.published,
    sections,
    sectionsById: mapBy(sections, (row) => row.id),
    footnotes,
    footnotesByNumber: mapBy(footnotes, (row) => row.number),
    terms,
    termsById: mapBy(terms, (row) => row.id),
    schemes,
    schemesById: mapBy(schemes, (row) => row.id),
    checklists: pack.checklists,
    checklistsById: mapBy(pack.checklists, (row) => row.id),
    tableFactors,
  };
}
