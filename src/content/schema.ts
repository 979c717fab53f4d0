/**
 * The content pack's shape. Content is authored as YAML under `content/<lang>/` and compiled at build time
 * (see `compile-content-pack.ts`); this schema is the contract between authors, the build and the app.
 *
 * Inline text (paragraphs, list items, definitions…) may use a tiny markup, parsed by `src/shared/text/inline-markup.ts`:
 *   **bold**, *italic*, [label](https://…) external link,
 *   [label](guide:2-4-2) / (term:nourrice) / (scheme:cej) / (checklist:rao) internal link (checked at build),
 *   [^3] footnote reference (checked at build).
 */
import { z } from '../shared/zod.ts';
import { regions } from './regions.ts';

export const idSchema = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'ids are kebab-case: a-z, 0-9 and -');

/** Inline text with the markup above. Must not be empty and must not carry raw line breaks from extraction. */
export const inlineSchema = z
  .string()
  .min(1)
  .refine((text) => !/\n/.test(text), 'inline text must be one line (fix broken line breaks)');

export const towns = ['Sarcelles', 'Lille', 'Loos'] as const;
export const townSchema = z.enum(towns);

export type Block =
  | { type: 'p'; text: string }
  | { type: 'heading'; text: string }
  | { type: 'list'; ordered?: boolean; items: string[] }
  | { type: 'callout'; kind: 'important' | 'risks' | 'note'; title: string; blocks: Block[] }
  | { type: 'example'; id: string; towns: (typeof towns)[number][]; title: string; blocks: Block[] }
  | { type: 'table'; caption?: string; head: string[]; rows: string[][] };

export const blockSchema: z.ZodType<Block> = z.lazy(() =>
  z.discriminatedUnion('type', [
    z.object({ type: z.literal('p'), text: inlineSchema }).strict(),
    z.object({ type: z.literal('heading'), text: inlineSchema }).strict(),
    z
      .object({ type: z.literal('list'), ordered: z.boolean().optional(), items: z.array(inlineSchema).min(1) })
      .strict(),
    z
      .object({
        type: z.literal('callout'),
        kind: z.enum(['important', 'risks', 'note']),
        title: inlineSchema,
        blocks: z.array(blockSchema).min(1),
      })
      .strict(),
    z
      .object({
        type: z.literal('example'),
        id: idSchema,
        towns: z.array(townSchema).min(1),
        title: inlineSchema,
        blocks: z.array(blockSchema).min(1),
      })
      .strict(),
    z
      .object({
        type: z.literal('table'),
        caption: inlineSchema.optional(),
        head: z.array(z.string()).min(1),
        rows: z.array(z.array(z.string())).min(1),
      })
      .strict(),
  ]),
);

export const sectionKinds = ['intro', 'part', 'section', 'conclusion', 'table', 'appendix'] as const;

export const guideSectionSchema = z
  .object({
    /** "1-1", "2-4-2", "intro", "part-2", "appendix-1"… used in URLs: /guide/2-4-2 */
    id: idSchema,
    kind: z.enum(sectionKinds),
    /** The number printed in the guide: "01", "1.1", "2.4.2"; absent for intro, conclusion, appendices. */
    number: z
      .string()
      .regex(/^(0[1-4]|\d\.\d(\.\d)?)$/)
      .optional(),
    title: inlineSchema,
    /** Parent section id (a part for 1.1, a section for 1.1.1); null at the top level. */
    parent: idSchema.nullable(),
    blocks: z.array(blockSchema),
  })
  .strict();

export const footnoteSchema = z.object({ number: z.number().int().positive(), text: inlineSchema }).strict();

export const guideSchema = z
  .object({
    title: inlineSchema,
    subtitle: inlineSchema,
    publisher: inlineSchema,
    published: z.string().regex(/^\d{4}-\d{2}$/),
    /** Document order; the table of contents is derived from it and `parent`. */
    sections: z.array(guideSectionSchema).min(1),
    footnotes: z.array(footnoteSchema),
  })
  .strict();

export const vocabularyEntrySchema = z
  .object({
    id: idSchema,
    /** French term(s) as the guide writes them, e.g. ["Guetteur", "chouf"]. The first is the headword. */
    terms: z.array(inlineSchema).min(1),
    /** Other spellings and forms met in the field (without accents, plural, verb forms…). */
    variants: z.array(z.string().min(1)),
    /** Short English gloss, e.g. "Lookout". */
    gloss: inlineSchema,
    /** The gloss is the project's, not the guide's (Appendix 2 gives none for the word): shown as such. */
    projectGloss: z.boolean().optional(),
    /** Those `variants` the project added (spellings heard in the field), not the guide's: shown as such. */
    projectVariants: z.array(z.string().min(1)).optional(),
    definition: inlineSchema,
    /** Extra explanation from the guide or field knowledge (optional). */
    notes: z.array(inlineSchema).optional(),
    related: z.array(idSchema),
    /** Guide sections where the term or the notion is used. */
    sections: z.array(idSchema).min(1),
    /** Where the entry comes from: the Appendix 2 glossary, or explained elsewhere in the guide. */
    source: z.enum(['appendix-2', 'guide']),
  })
  .strict();

/**
 * Facts about a young person's situation that eligibility rules refer to. Language-neutral: the eligibility
 * finder (and its translations) key off these.
 */
export const eligibilityFacts = [
  'no-diploma',
  'low-qualification',
  'not-in-education-employment-or-training',
  'school-dropout',
  'in-school',
  'lives-in-qpv',
  'recognised-disability',
  'social-difficulties',
  'vulnerable-situation',
  'at-risk-of-trafficking',
  'involved-in-trafficking',
  'known-to-justice',
  'first-offence',
  'parent-or-family-request',
  'resident-or-witness',
  /** A minor aged 16 or 17 out of school, training and work: under the training obligation (guide 2.4.2). */
  'training-obligation',
  /** No longer at school (left the school system), whether or not in training or work. */
  'left-school',
  /** The facts at issue are neither a crime nor a misdemeanour (incivilities, minor breaches): guide 2.7. */
  'petty-facts',
] as const;
export const eligibilityFactSchema = z.enum(eligibilityFacts);

export { regions };
export const regionSchema = z.enum(regions);

/**
 * A source for one condition of a rule: a section of the guide, or a public reference (its name, and its
 * address when online), with what it says in a few words, e.g. { section: 2-4-2, says: "aged 16 to 25" }.
 */
export const citeSchema = z
  .object({
    section: idSchema.optional(),
    ref: inlineSchema.optional(),
    url: z.url().optional(),
    says: inlineSchema,
  })
  .strict()
  .refine((cite) => cite.section !== undefined || cite.ref !== undefined, 'a cite names a guide section or a ref');

/** The conditions of a rule that carry a source: the age, the region, the any-of group, and each fact. */
export const conditionKeys = ['age', 'region', 'any-of', ...eligibilityFacts] as const;
export const conditionKeySchema = z.enum(conditionKeys);

export const eligibilitySchema = z
  .object({
    /** Age of the young person concerned (for family measures: of the child). Inclusive bounds. */
    ageMin: z.number().int().min(0).max(99),
    ageMax: z.number().int().min(0).max(99),
    /**
     * Bounds no source gives (usual ages, e.g. the collège years): outside them the finder says "to check",
     * never "excluded". "min", "max" or "both"; absent when every bound has a source in `basis.age`.
     */
    ageIndicative: z.enum(['min', 'max', 'both']).optional(),
    /** All must hold. */
    requires: z.array(eligibilityFactSchema),
    /** At least one must hold (when non-empty). */
    requiresAnyOf: z.array(eligibilityFactSchema),
    /** Raise the upper age bound when a fact holds, e.g. recognised disability extends CEJ to 30 (ageMax 29). */
    ageExtensions: z.array(z.object({ fact: eligibilityFactSchema, ageMax: z.number().int() }).strict()),
    /** The scheme exists only in this region: elsewhere, check whether it (or an equivalent) exists locally. */
    region: regionSchema.optional(),
    /** Facts that make the scheme particularly relevant (ranking, not filtering). */
    priorityFor: z.array(eligibilityFactSchema),
    /** Where each condition comes from ("why this answer"); every condition of the rule has one (checked). */
    basis: z.partialRecord(conditionKeySchema, z.array(citeSchema).min(1)),
    /** What applies instead when a condition is not met, from the guide's own text (e.g. RAO and misdemeanours). */
    otherwise: z.partialRecord(conditionKeySchema, inlineSchema).optional(),
  })
  .strict()
  .refine((e) => e.ageMin <= e.ageMax, 'ageMin must be ≤ ageMax');

export const schemeCategories = [
  'integration',
  'employment',
  'school',
  'life-skills',
  'leisure',
  'justice',
  'family',
  'reporting',
] as const;

export const sourceSchema = z.object({ label: inlineSchema, url: z.url().optional() }).strict();

export const schemeSchema = z
  .object({
    id: idSchema,
    acronym: z.string().min(1).optional(),
    nameFr: inlineSchema,
    nameEn: inlineSchema,
    category: z.enum(schemeCategories),
    summary: inlineSchema,
    /** Prose "who it is for", as the guide puts it. */
    whoFor: inlineSchema,
    eligibility: eligibilitySchema,
    offers: z.array(inlineSchema).min(1),
    duration: inlineSchema.optional(),
    allowance: inlineSchema.optional(),
    /** How to access / who refers. */
    access: inlineSchema,
    /** Guide sections the scheme comes from. */
    sections: z.array(idSchema).min(1),
    links: z.array(z.object({ label: inlineSchema, url: z.url() }).strict()),
    /** Facts not from the guide name their source here. */
    sources: z.array(sourceSchema),
    /** A young person (or family) can be referred to it: gets a referral checklist. */
    referral: z.boolean(),
  })
  .strict();

export const checklistStepSchema = z
  .object({ id: idSchema, text: inlineSchema, detail: inlineSchema.optional() })
  .strict();

export const checklistSchema = z
  .object({
    id: idSchema,
    kind: z.enum(['referral', 'procedure']),
    title: inlineSchema,
    summary: inlineSchema,
    /** For referral checklists: the scheme. */
    scheme: idSchema.optional(),
    sections: z.array(idSchema).min(1),
    steps: z.array(checklistStepSchema).min(1),
  })
  .strict();

/**
 * Authoring form of the referral checklists: the generic steps are written once and wrapped around each
 * scheme's specific steps at build time.
 */
export const referralTemplateSchema = z
  .object({
    before: z.array(checklistStepSchema).min(1),
    after: z.array(checklistStepSchema).min(1),
  })
  .strict();

export const referralSpecificSchema = z
  .object({ scheme: idSchema, steps: z.array(checklistStepSchema).min(1), sections: z.array(idSchema).optional() })
  .strict();

export const checklistsFileSchema = z
  .object({
    referralTemplate: referralTemplateSchema,
    referralSteps: z.array(referralSpecificSchema),
    procedures: z.array(checklistSchema),
  })
  .strict();

export const tableFactorSchema = z
  .object({
    id: idSchema,
    /** Who the factor concerns: the minor, the family or the environment. */
    scope: z.enum(['minor', 'family', 'environment']),
    factor: inlineSchema,
    responses: z
      .array(
        z
          .object({
            text: inlineSchema,
            sections: z.array(idSchema).min(1),
            schemes: z.array(idSchema),
            checklists: z.array(idSchema),
          })
          .strict(),
      )
      .min(1),
  })
  .strict();

export const table1Schema = z
  .object({ title: inlineSchema, intro: inlineSchema, factors: z.array(tableFactorSchema).min(1) })
  .strict();

export const contentLanguages = ['en', 'fr'] as const;
export type ContentLanguage = (typeof contentLanguages)[number];

/**
 * Which edition a pack is. The guide was written in French by MILDECA; the pack we carry is its English
 * edition (`source`), and the French pack is our translation of that English text (`translation`), not the
 * official French publication, which `official` names and links.
 */
export const editionSchema = z
  .object({
    kind: z.enum(['source', 'translation']),
    official: z
      .object({
        title: inlineSchema,
        publisher: inlineSchema,
        published: z.string().regex(/^\d{4}-\d{2}$/),
        url: z.url(),
      })
      .strict(),
  })
  .strict();

export const contentPackSchema = z
  .object({
    /** Bumped whenever content changes: triggers a re-seed on devices. Semver-like "2024.08.3". */
    version: z.string().regex(/^\d{4}\.\d{2}\.\d+$/),
    /** Date the pack was last edited (ISO). */
    date: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
    lang: z.enum(contentLanguages),
    edition: editionSchema,
    guide: guideSchema,
    vocabulary: z.array(vocabularyEntrySchema).min(1),
    schemes: z.array(schemeSchema).min(1),
    checklists: z.array(checklistSchema).min(1),
    table1: table1Schema,
  })
  .strict();

export type GuideSection = z.infer<typeof guideSectionSchema>;
export type Footnote = z.infer<typeof footnoteSchema>;
export type Guide = z.infer<typeof guideSchema>;
export type VocabularyEntry = z.infer<typeof vocabularyEntrySchema>;
export type EligibilityFact = (typeof eligibilityFacts)[number];
export type Eligibility = z.infer<typeof eligibilitySchema>;
export type Cite = z.infer<typeof citeSchema>;
export type ConditionKey = (typeof conditionKeys)[number];
export type Region = (typeof regions)[number];
export type SchemeCategory = (typeof schemeCategories)[number];
export type Scheme = z.infer<typeof schemeSchema>;
export type Checklist = z.infer<typeof checklistSchema>;
export type ChecklistStep = z.infer<typeof checklistStepSchema>;
export type Table1 = z.infer<typeof table1Schema>;
export type TableFactor = z.infer<typeof tableFactorSchema>;
export type ContentPack = z.infer<typeof contentPackSchema>;
export type Edition = z.infer<typeof editionSchema>;
