/**
 * The content pack as search documents: one per vocabulary entry, scheme, guide section, example or callout
 * inside a section, checklist and Table 1 factor. Each carries the URL of the exact place to open, so a result
 * about the Lille forum theatre lands on that example, not at the top of 2.1.1.
 */
import type { Block, ContentPack, GuideSection } from '../../../content/schema.ts';
import { inlineToPlainText } from '../../../shared/text/inline-markup.ts';
import { routes } from '../../../shared/routes.ts';
import type { SearchDocument, SearchField } from './types.ts';

const plain = (text: string) => inlineToPlainText(text).replace(/\s+/g, ' ').trim();

type Fields = Partial<Record<SearchField, string[]>>;

/** Drops empty values and empty fields, so the index never counts a field that says nothing. */
function clean(fields: Fields): Fields {
  const result: Fields = {};
  for (const [name, values] of Object.entries(fields) as [SearchField, string[]][]) {
    const kept = values.map(plain).filter(Boolean);
    if (kept.length > 0) result[name] = kept;
  }
  return result;
}

interface Collected {
  body: string[];
  headings: string[];
}

/**
 * The text of blocks into `into`; examples and callouts become their own documents through `nested` (only at
 * the section's top level: inside an example, a callout is part of the example).
 */
function collect(blocks: Block[], into: Collected, nested?: (block: Block & { type: 'example' | 'callout' }) => void) {
  for (const block of blocks) {
    switch (block.type) {
      case 'p':
        into.body.push(block.text);
        break;
      case 'heading':
        into.headings.push(block.text);
        break;
      case 'list':
        into.body.push(...block.items);
        break;
      case 'table':
        if (block.caption) into.body.push(block.caption);
        into.body.push(block.head.join(' · '), ...block.rows.map((row) => row.filter(Boolean).join(' · ')));
        break;
      case 'example':
      case 'callout':
        if (nested) nested(block);
        else {
          into.headings.push(block.title);
          collect(block.blocks, into);
        }
        break;
    }
  }
}

function sectionDocuments(section: GuideSection, lang: SearchDocument['lang']): SearchDocument[] {
  const title = plain(section.title);
  const own: Collected = { body: [], headings: [] };
  const nested: SearchDocument[] = [];
  let callouts = 0;
  collect(section.blocks, own, (block) => {
    const inner: Collected = { body: [], headings: [] };
    collect(block.blocks, inner);
    if (block.type === 'example') {
      const anchor = `example-${block.id}`;
      nested.push({
        id: `section:${section.id}#${anchor}`,
        kind: 'section',
        lang,
        title: plain(block.title),
        url: routes.section(section.id, anchor),
        fields: clean({
          title: [block.title],
          headings: inner.headings,
          body: inner.body,
          context: [...block.towns, title],
        }),
      });
    } else {
      // The guide reader numbers a section's top-level callouts the same way (id="callout-N", from 1), so the
      // result lands on the box; the title names the section too, as a box title alone ("Key points") is vague.
      callouts += 1;
      const anchor = `callout-${callouts}`;
      nested.push({
        id: `section:${section.id}#${anchor}`,
        kind: 'section',
        lang,
        title: `${plain(block.title)} – ${title}`,
        url: routes.section(section.id, anchor),
        fields: clean({ title: [block.title], headings: inner.headings, body: inner.body, context: [title] }),
      });
    }
  });
  const main: SearchDocument = {
    id: `section:${section.id}`,
    kind: 'section',
    lang,
    title: section.number ? `${section.number} ${title}` : title,
    url: routes.section(section.id),
    fields: clean({ title: [section.title], headings: own.headings, body: own.body }),
  };
  return [main, ...nested];
}

/**
 * Steps every referral checklist shares (the template wrapped around each scheme's own steps). Indexed 19
 * times they would bury the one page a query about consent or professional secrecy is really after, and they
 * say nothing about the scheme, so referral checklists are indexed by their own steps only.
 */
function genericReferralSteps(pack: ContentPack): Set<string> {
  const referrals = pack.checklists.filter((checklist) => checklist.kind === 'referral');
  const [first, ...others] = referrals;
  if (!first || others.length === 0) return new Set();
  return new Set(
    first.steps
      .filter((step) => others.every((other) => other.steps.some((s) => s.id === step.id && s.text === step.text)))
      .map((step) => step.id),
  );
}

/** The documents of one pack, in its language; the build indexes both packs' documents together. */
export function buildSearchDocuments(pack: ContentPack): SearchDocument[] {
  const { lang } = pack;
  const terms = pack.vocabulary.map((entry): SearchDocument => ({
    id: `term:${entry.id}`,
    kind: 'term',
    lang,
    title: entry.terms.map(plain).join(' / '),
    url: routes.term(entry.id),
    fields: clean({
      terms: entry.terms,
      variants: entry.variants,
      gloss: [entry.gloss],
      definition: [entry.definition, ...(entry.notes ?? [])],
    }),
  }));
  const schemes = pack.schemes.map((scheme): SearchDocument => ({
    id: `scheme:${scheme.id}`,
    kind: 'scheme',
    lang,
    title: scheme.acronym ? `${scheme.acronym} – ${plain(scheme.nameFr)}` : plain(scheme.nameFr),
    url: routes.scheme(scheme.id),
    fields: clean({
      acronym: scheme.acronym ? [scheme.acronym] : [],
      nameFr: [scheme.nameFr],
      nameEn: [scheme.nameEn],
      summary: [scheme.summary],
      whoFor: [scheme.whoFor],
      offers: scheme.offers,
      access: [scheme.access],
      details: [scheme.duration ?? '', scheme.allowance ?? ''],
      context: [scheme.category],
    }),
    ages: [scheme.eligibility.ageMin, scheme.eligibility.ageMax],
  }));
  const generic = genericReferralSteps(pack);
  const checklists = pack.checklists.map((checklist): SearchDocument => ({
    id: `checklist:${checklist.id}`,
    kind: 'checklist',
    lang,
    title: plain(checklist.title),
    url: routes.checklist(checklist.id),
    fields: clean({
      title: [checklist.title],
      summary: [checklist.summary],
      steps: checklist.steps
        .filter((step) => checklist.kind !== 'referral' || !generic.has(step.id))
        .flatMap((step) => [step.text, step.detail ?? '']),
    }),
  }));
  const factors = pack.table1.factors.map((factor): SearchDocument => ({
    id: `table:${factor.id}`,
    kind: 'table',
    lang,
    title: plain(factor.factor),
    // The Table 1 page gives each factor card the id "factor-<id>".
    url: routes.table1Factor(factor.id),
    fields: clean({
      title: [factor.factor],
      responses: factor.responses.map((response) => response.text),
      context: [factor.scope],
    }),
  }));
  return [
    ...terms,
    ...schemes,
    ...pack.guide.sections.flatMap((section) => sectionDocuments(section, lang)),
    ...checklists,
    ...factors,
  ];
}
