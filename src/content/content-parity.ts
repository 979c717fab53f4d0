/**
 * Parity between the English pack (the edition we carry) and its French translation: every item in both, with
 * the same structure, and the language-neutral data identical. The app relies on it: ids are shared by URLs,
 * favourites and checklist runs (a run ticked in French must mean the same steps in English), eligibility
 * drives filters and the finder whatever the language, and the per-page language switch lands on the same
 * anchors. Pure, so tests can feed it diverging packs and see each problem reported.
 */
import type { Block, ContentPack } from './schema.ts';
import { packTexts } from './content-problems.ts';

const LINK_TARGET = /\]\(((?:guide|term|scheme|checklist):[a-z0-9-]+|https?:\/\/[^)\s]+|mailto:[^)\s]+)\)/g;
const FOOTNOTE_REF = /\[\^(\d+)\]/g;

/** A block's structure without its words: what must be identical in both languages. */
function blockShape(block: Block): string {
  switch (block.type) {
    case 'p':
    case 'heading':
      return block.type;
    case 'list':
      return `list${block.ordered ? ' ordered' : ''} of ${block.items.length}`;
    case 'callout':
      return `callout ${block.kind} [${block.blocks.map(blockShape).join(', ')}]`;
    case 'example':
      return `example ${block.id} (${block.towns.join(' ')}) [${block.blocks.map(blockShape).join(', ')}]`;
    case 'table':
      return `table${block.caption ? ' with caption' : ''} ${block.head.length} columns, rows of ${block.rows
        .map((row) => row.length)
        .join('/')}`;
  }
}

/** Link targets (internal ids and URLs) and footnote numbers of one text, sorted: word order may change. */
function anchors(text: string): string {
  const targets = [...text.matchAll(LINK_TARGET)].map((m) => m[1] ?? '');
  const notes = [...text.matchAll(FOOTNOTE_REF)].map((m) => `[^${m[1]}]`);
  return [...targets, ...notes].sort().join(' ');
}

/** Equal as data; a no-break space (French typography: « sous X ») counts as a space. */
const neutral = (value: unknown) => (JSON.stringify(value) ?? '').replace(/[\u00a0\u202f]/g, ' ');
const same = (a: unknown, b: unknown) => neutral(a) === neutral(b);

/** Compares two id lists: reports ids missing from the translation, extra ones, then a different order. */
function compareIds(kind: string, en: string[], fr: string[], problems: string[]): void {
  const frSet = new Set(fr);
  const enSet = new Set(en);
  const missing = en.filter((id) => !frSet.has(id));
  const extra = fr.filter((id) => !enSet.has(id));
  if (missing.length > 0) problems.push(`${kind}: missing in French: ${missing.join(', ')}`);
  if (extra.length > 0) problems.push(`${kind}: not in the English pack: ${extra.join(', ')}`);
  if (missing.length === 0 && extra.length === 0 && !same(en, fr)) problems.push(`${kind}: not in the same order`);
}

/** Pairs items by key, so one missing item does not make every following one "different". */
function pairs<T>(en: T[], fr: T[], key: (item: T) => string): [T, T][] {
  const byKey = new Map(fr.map((item) => [key(item), item]));
  return en.flatMap((item) => {
    const other = byKey.get(key(item));
    return other ? [[item, other] as [T, T]] : [];
  });
}

/**
 * Fields that must be equal, per item: `pick` extracts the language-neutral part; any difference is reported
 * with the item's label.
 */
function compareNeutral<T>(
  label: (item: T) => string,
  items: [T, T][],
  pick: (item: T) => Record<string, unknown>,
  problems: string[],
): void {
  for (const [en, fr] of items) {
    const a = pick(en);
    const b = pick(fr);
    for (const field of Object.keys(a)) {
      if (!same(a[field], b[field])) {
        problems.push(
          `${label(en)}: ${field} differs (English ${JSON.stringify(a[field])}, French ${JSON.stringify(b[field])})`,
        );
      }
    }
  }
}

export function findParityProblems(en: ContentPack, fr: ContentPack): string[] {
  const problems: string[] = [];
  if (en.version !== fr.version) problems.push(`meta: version ${fr.version} differs from English ${en.version}`);
  if (en.guide.published !== fr.guide.published) problems.push('meta: guide.published differs');

  const sections = pairs(en.guide.sections, fr.guide.sections, (s) => s.id);
  compareIds(
    'guide sections',
    en.guide.sections.map((s) => s.id),
    fr.guide.sections.map((s) => s.id),
    problems,
  );
  compareNeutral(
    (s) => `guide ${s.id}`,
    sections,
    (s) => ({ kind: s.kind, number: s.number, parent: s.parent, blocks: s.blocks.map(blockShape) }),
    problems,
  );

  compareIds(
    'footnotes',
    en.guide.footnotes.map((f) => String(f.number)),
    fr.guide.footnotes.map((f) => String(f.number)),
    problems,
  );

  compareIds(
    'vocabulary',
    en.vocabulary.map((v) => v.id),
    fr.vocabulary.map((v) => v.id),
    problems,
  );
  compareNeutral(
    (v) => `term ${v.id}`,
    pairs(en.vocabulary, fr.vocabulary, (v) => v.id),
    // The gloss is the English gloss of a French word (the app shows it under "In English"), in both packs.
    (v) => ({
      terms: v.terms,
      gloss: v.gloss,
      projectGloss: v.projectGloss ?? false,
      projectVariants: v.projectVariants ?? [],
      related: v.related,
      sections: v.sections,
      source: v.source,
      notes: v.notes?.length ?? 0,
    }),
    problems,
  );

  compareIds(
    'schemes',
    en.schemes.map((s) => s.id),
    fr.schemes.map((s) => s.id),
    problems,
  );
  compareNeutral(
    (s) => `scheme ${s.id}`,
    pairs(en.schemes, fr.schemes, (s) => s.id),
    (s) => ({
      acronym: s.acronym,
      nameFr: s.nameFr,
      nameEn: s.nameEn,
      category: s.category,
      // The rule must be the same; its sources' wording is translated, their targets are not.
      eligibility: {
        ...s.eligibility,
        basis: Object.fromEntries(
          Object.entries(s.eligibility.basis).map(([key, cites]) => [
            key,
            cites.map((cite) => ({ section: cite.section, url: cite.url, ref: cite.ref !== undefined })),
          ]),
        ),
        otherwise: Object.keys(s.eligibility.otherwise ?? {}),
      },
      offers: s.offers.length,
      duration: s.duration !== undefined,
      allowance: s.allowance !== undefined,
      sections: s.sections,
      links: s.links.map((link) => link.url),
      sources: s.sources.map((source) => source.url ?? null),
      referral: s.referral,
    }),
    problems,
  );

  compareIds(
    'checklists',
    en.checklists.map((c) => c.id),
    fr.checklists.map((c) => c.id),
    problems,
  );
  compareNeutral(
    (c) => `checklist ${c.id}`,
    pairs(en.checklists, fr.checklists, (c) => c.id),
    (c) => ({
      kind: c.kind,
      scheme: c.scheme,
      sections: c.sections,
      steps: c.steps.map((step) => `${step.id}${step.detail ? '+detail' : ''}`),
    }),
    problems,
  );

  compareIds(
    'table-1 factors',
    en.table1.factors.map((f) => f.id),
    fr.table1.factors.map((f) => f.id),
    problems,
  );
  compareNeutral(
    (f) => `table-1 ${f.id}`,
    pairs(en.table1.factors, fr.table1.factors, (f) => f.id),
    (f) => ({
      scope: f.scope,
      responses: f.responses.map(({ sections, schemes, checklists }) => ({ sections, schemes, checklists })),
    }),
    problems,
  );

  // Inline markup: the same links and footnotes in each text, text by text (only where the structure matched,
  // or every later text of the item would be reported too).
  const grouped = (pack: ContentPack) => {
    const map = new Map<string, string[]>();
    for (const [where, text] of packTexts(pack)) map.set(where, [...(map.get(where) ?? []), anchors(text)]);
    return map;
  };
  const frTexts = grouped(fr);
  for (const [where, enAnchors] of grouped(en)) {
    const frAnchors = frTexts.get(where);
    if (!frAnchors || frAnchors.length !== enAnchors.length) continue;
    enAnchors.forEach((expected, i) => {
      if (expected !== frAnchors[i]) {
        problems.push(
          `${where}: text ${i + 1} links/footnotes differ (English "${expected}", French "${frAnchors[i]}")`,
        );
      }
    });
  }
  return problems;
}
