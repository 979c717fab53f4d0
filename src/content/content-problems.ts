/**
 * Checks a pack's integrity beyond its shape: unique ids, cross-references that point somewhere, footnotes
 * that exist, every section reachable from the table of contents, every referral scheme with its checklist.
 * Pure, so tests can feed it broken packs and see each problem reported.
 */
import type { Block, ConditionKey, ContentPack, Eligibility } from './schema.ts';

const INTERNAL_LINK = /\]\((guide|term|scheme|checklist):([a-z0-9-]+)\)/g;
const FOOTNOTE_REF = /\[\^(\d+)\]/g;

function* blockTexts(blocks: Block[]): Generator<string> {
  for (const block of blocks) {
    switch (block.type) {
      case 'p':
      case 'heading':
        yield block.text;
        break;
      case 'list':
        yield* block.items;
        break;
      case 'callout':
      case 'example':
        yield block.title;
        yield* blockTexts(block.blocks);
        break;
      case 'table':
        if (block.caption) yield block.caption;
        yield* block.head;
        for (const row of block.rows) yield* row;
        break;
    }
  }
}

/** Every inline text of the pack with a label saying where it is. */
export function* packTexts(pack: ContentPack): Generator<[where: string, text: string]> {
  for (const section of pack.guide.sections) {
    yield [`guide ${section.id} title`, section.title];
    for (const text of blockTexts(section.blocks)) yield [`guide ${section.id}`, text];
  }
  for (const note of pack.guide.footnotes) yield [`footnote ${note.number}`, note.text];
  for (const entry of pack.vocabulary) {
    for (const text of [entry.gloss, entry.definition, ...(entry.notes ?? [])]) yield [`term ${entry.id}`, text];
  }
  for (const scheme of pack.schemes) {
    const { basis, otherwise } = scheme.eligibility;
    const texts = [
      ...[scheme.summary, scheme.whoFor, ...scheme.offers, scheme.access, scheme.duration, scheme.allowance],
      ...Object.values(basis).flatMap((cites) => cites.flatMap((cite) => [cite.says, cite.ref])),
      ...Object.values(otherwise ?? {}),
    ];
    for (const text of texts) if (text) yield [`scheme ${scheme.id}`, text];
  }
  for (const list of pack.checklists) {
    yield [`checklist ${list.id}`, list.summary];
    for (const step of list.steps) {
      yield [`checklist ${list.id} step ${step.id}`, step.text];
      if (step.detail) yield [`checklist ${list.id} step ${step.id}`, step.detail];
    }
  }
  yield ['table-1', pack.table1.intro];
  for (const factor of pack.table1.factors) {
    yield [`table-1 ${factor.id}`, factor.factor];
    for (const response of factor.responses) yield [`table-1 ${factor.id}`, response.text];
  }
}

/**
 * The conditions a rule states, each of which must name its source in `basis`: the age (unless every bound is
 * indicative or the rule is for all ages), the region, the any-of group, each required fact and each fact that
 * extends the age.
 */
export function ruleConditions(eligibility: Eligibility): ConditionKey[] {
  // A bound needs a source unless it is open (0, 99) or marked indicative.
  const { ageMin, ageMax, ageIndicative: soft } = eligibility;
  const firmMin = ageMin > 0 && soft !== 'min' && soft !== 'both';
  const firmMax = ageMax < 99 && soft !== 'max' && soft !== 'both';
  return [
    ...(firmMin || firmMax ? (['age'] as const) : []),
    ...(eligibility.region ? (['region'] as const) : []),
    ...(eligibility.requiresAnyOf.length > 0 ? (['any-of'] as const) : []),
    ...eligibility.requires,
    ...eligibility.ageExtensions.map((extension) => extension.fact),
  ];
}

function eligibilityProblems(eligibility: Eligibility, where: string): string[] {
  const problems: string[] = [];
  const conditions = new Set(ruleConditions(eligibility));
  for (const key of conditions) {
    if (!eligibility.basis[key]) problems.push(`${where}: condition "${key}" has no source in basis`);
  }
  for (const key of Object.keys(eligibility.basis) as ConditionKey[]) {
    if (!conditions.has(key)) problems.push(`${where}: basis "${key}" is not a condition of the rule`);
  }
  for (const key of Object.keys(eligibility.otherwise ?? {}) as ConditionKey[]) {
    if (!conditions.has(key)) problems.push(`${where}: otherwise "${key}" is not a condition of the rule`);
  }
  return problems;
}

function duplicates(ids: string[]): string[] {
  const seen = new Set<string>();
  return ids.filter((id) => (seen.has(id) ? true : (seen.add(id), false)));
}

export function findContentProblems(pack: ContentPack): string[] {
  const problems: string[] = [];
  const ids = {
    guide: new Set(pack.guide.sections.map((s) => s.id)),
    term: new Set(pack.vocabulary.map((v) => v.id)),
    scheme: new Set(pack.schemes.map((s) => s.id)),
    checklist: new Set(pack.checklists.map((c) => c.id)),
  };
  const footnotes = new Set(pack.guide.footnotes.map((f) => f.number));
  const ref = (kind: keyof typeof ids, id: string, where: string) => {
    if (!ids[kind].has(id)) problems.push(`${where}: ${kind} "${id}" does not exist`);
  };

  for (const [kind, list] of [
    ['section', pack.guide.sections.map((s) => s.id)],
    ['term', pack.vocabulary.map((v) => v.id)],
    ['scheme', pack.schemes.map((s) => s.id)],
    ['checklist', pack.checklists.map((c) => c.id)],
    ['footnote', pack.guide.footnotes.map((f) => String(f.number))],
  ] as const) {
    for (const id of duplicates([...list])) problems.push(`duplicate ${kind} id "${id}"`);
  }

  // Table of contents: every section must hang from a parent that comes before it, so the TOC shows it.
  const seen = new Set<string>();
  for (const section of pack.guide.sections) {
    if (section.parent !== null && !seen.has(section.parent)) {
      problems.push(
        `guide ${section.id}: parent "${section.parent}" missing or after it (not in the table of contents)`,
      );
    }
    seen.add(section.id);
    const exampleIds = section.blocks.flatMap((b) => (b.type === 'example' ? [b.id] : []));
    for (const id of duplicates(exampleIds)) problems.push(`guide ${section.id}: duplicate example id "${id}"`);
  }

  for (const [where, text] of packTexts(pack)) {
    for (const match of text.matchAll(INTERNAL_LINK)) ref(match[1] as keyof typeof ids, match[2] ?? '', where);
    for (const match of text.matchAll(FOOTNOTE_REF)) {
      if (!footnotes.has(Number(match[1]))) problems.push(`${where}: footnote [^${match[1]}] does not exist`);
    }
    if (/\]\(#\)/.test(text)) problems.push(`${where}: link to "#" (give the real target)`);
  }

  for (const entry of pack.vocabulary) {
    if (!entry.gloss.trim()) problems.push(`term ${entry.id}: no gloss`);
    for (const variant of entry.projectVariants ?? []) {
      if (!entry.variants.includes(variant))
        problems.push(`term ${entry.id}: project variant "${variant}" not a variant`);
    }
    for (const id of entry.related) ref('term', id, `term ${entry.id} related`);
    for (const id of entry.sections) ref('guide', id, `term ${entry.id} sections`);
  }
  for (const scheme of pack.schemes) {
    for (const id of scheme.sections) ref('guide', id, `scheme ${scheme.id} sections`);
    problems.push(...eligibilityProblems(scheme.eligibility, `scheme ${scheme.id} eligibility`));
    for (const cites of Object.values(scheme.eligibility.basis)) {
      for (const cite of cites) if (cite.section) ref('guide', cite.section, `scheme ${scheme.id} basis`);
    }
    if (scheme.referral && !ids.checklist.has(`referral-${scheme.id}`)) {
      problems.push(`scheme ${scheme.id}: referral scheme without a referral checklist`);
    }
  }
  for (const list of pack.checklists) {
    for (const id of list.sections) ref('guide', id, `checklist ${list.id} sections`);
    if (list.scheme) ref('scheme', list.scheme, `checklist ${list.id} scheme`);
    for (const id of duplicates(list.steps.map((s) => s.id)))
      problems.push(`checklist ${list.id}: duplicate step "${id}"`);
  }
  for (const factor of pack.table1.factors) {
    for (const response of factor.responses) {
      for (const id of response.sections) ref('guide', id, `table-1 ${factor.id}`);
      for (const id of response.schemes) ref('scheme', id, `table-1 ${factor.id}`);
      for (const id of response.checklists) ref('checklist', id, `table-1 ${factor.id}`);
    }
  }
  return problems;
}
