/**
 * Build-time compiler of the content pack: reads `content/<lang>/**.yaml`, validates every file with zod,
 * expands the referral checklists from their template and checks every cross-reference. Runs in Node only
 * (the Vite plugin and the tests call it); the app receives the compiled, already-valid JSON.
 *
 * With `fallback` (development against an unfinished translation, see compile-content-packs.ts), a file
 * missing or invalid in `lang` is read from the fallback language instead, items missing from a file are
 * taken from the fallback's, and each substitution is reported in `notes` rather than failing.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, join, relative } from 'node:path';
import { parse } from 'yaml';
import { z } from '../shared/zod.ts';
import {
  checklistsFileSchema,
  contentPackSchema,
  footnoteSchema,
  guideSectionSchema,
  schemeSchema,
  table1Schema,
  vocabularyEntrySchema,
  editionSchema,
  type Checklist,
  type ContentLanguage,
  type ContentPack,
} from './schema.ts';
import { findContentProblems } from './content-problems.ts';

const metaSchema = z
  .object({
    version: z.string(),
    date: z.string(),
    guide: z.object({ title: z.string(), subtitle: z.string(), publisher: z.string(), published: z.string() }),
    edition: editionSchema,
  })
  .strict();

export class ContentError extends Error {
  constructor(public readonly problems: string[]) {
    super(`Content pack is invalid:\n- ${problems.join('\n- ')}`);
    this.name = 'ContentError';
  }
}

/** Collects every problem of every file before failing, so an author sees them all at once. */
class Reader {
  readonly problems: string[] = [];
  readonly notes: string[] = [];
  constructor(
    private readonly root: string,
    private readonly lang: ContentLanguage,
    private readonly fallback?: ContentLanguage,
  ) {}

  /** Reads `content/<lang>/<path>`; with a fallback language, a missing or invalid file is read from it. */
  read<T>(schema: z.ZodType<T>, path: string): T | undefined {
    const file = join(this.root, this.lang, path);
    if (!this.fallback) return this.readFile(schema, file, this.problems);
    const problems: string[] = [];
    const value = existsSync(file) ? this.readFile(schema, file, problems) : undefined;
    if (value !== undefined) return value;
    this.notes.push(
      existsSync(file)
        ? `${problems.join('; ')} (read from ${this.fallback})`
        : `${this.lang}/${path}: missing (read from ${this.fallback})`,
    );
    return this.readFile(schema, join(this.root, this.fallback, path), this.problems);
  }

  private readFile<T>(schema: z.ZodType<T>, file: string, problems: string[]): T | undefined {
    const where = relative(this.root, file);
    let value: unknown;
    try {
      value = parse(readFileSync(file, 'utf8'), { prettyErrors: true });
    } catch (error) {
      problems.push(`${where}: ${(error as Error).message}`);
      return undefined;
    }
    const result = schema.safeParse(value);
    if (!result.success) {
      for (const issue of result.error.issues) {
        problems.push(`${where}: ${issue.path.join('.') || '(root)'}: ${issue.message}`);
      }
      return undefined;
    }
    return result.data;
  }

  /** With a fallback: the fallback's items in its order, each replaced by this language's when it has it. */
  fill<T>(what: string, items: T[], fallbackItems: T[] | undefined, key: (item: T) => string): T[] {
    if (!this.fallback || !fallbackItems) return items;
    const own = new Map(items.map((item) => [key(item), item]));
    const missing = fallbackItems.filter((item) => !own.has(key(item))).map(key);
    if (missing.length > 0)
      this.notes.push(`${this.lang} ${what}: ${missing.join(', ')} missing (read from ${this.fallback})`);
    return fallbackItems.map((item) => own.get(key(item)) ?? item);
  }
}

/** Files read by the compiler, so the Vite plugin can watch them. */
/** The referral checklist's title: the scheme's name in the pack's language, after its acronym. */
function referralTitle(scheme: { acronym?: string; nameFr: string; nameEn: string }, lang: ContentLanguage): string {
  const name = lang === 'fr' ? scheme.nameFr : scheme.nameEn;
  return scheme.acronym ? `${scheme.acronym} – ${name}` : name;
}

export function contentFiles(contentDir: string): string[] {
  const files: string[] = [];
  const walk = (dir: string): void => {
    for (const name of readdirSync(dir).sort()) {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) walk(path);
      else if (name.endsWith('.yaml')) files.push(path);
    }
  };
  if (existsSync(contentDir)) walk(contentDir);
  return files;
}

export interface CompileOptions {
  /** Development only: read what `lang` lacks from this language's files (reported in `notes`). */
  fallback?: ContentLanguage;
  /** Receives the substitutions made from the fallback. */
  notes?: string[];
}

/** Names of the guide files: the language's own, plus (with a fallback) the fallback's it does not have. */
function guideFiles(contentDir: string, lang: ContentLanguage, fallback?: ContentLanguage): string[] {
  const names = new Set(contentFiles(join(contentDir, lang, 'guide')).map((file) => basename(file)));
  if (fallback) for (const file of contentFiles(join(contentDir, fallback, 'guide'))) names.add(basename(file));
  return [...names].sort().map((name) => join('guide', name));
}

export function compileContentPack(
  contentDir: string,
  lang: ContentLanguage,
  options: CompileOptions = {},
): ContentPack {
  const { fallback } = options;
  const reader = new Reader(contentDir, lang, fallback);
  const base = fallback ? compileContentPack(contentDir, fallback) : undefined;
  const meta = reader.read(metaSchema, 'meta.yaml');
  const sectionsRead = guideFiles(contentDir, lang, fallback).flatMap(
    (file) => reader.read(z.array(guideSectionSchema), file) ?? [],
  );
  const footnotesRead = reader.read(z.array(footnoteSchema), 'footnotes.yaml');
  const vocabularyRead = reader.read(z.array(vocabularyEntrySchema), 'vocabulary.yaml');
  const schemesRead = reader.read(z.array(schemeSchema), 'schemes.yaml');
  const checklistsFile = reader.read(checklistsFileSchema, 'checklists.yaml');
  const table1 = reader.read(table1Schema, 'table-1.yaml');
  if (!meta || !footnotesRead || !vocabularyRead || !schemesRead || !checklistsFile || !table1) {
    throw new ContentError(reader.problems);
  }
  if (reader.problems.length > 0) throw new ContentError(reader.problems);
  const sections = reader.fill('guide sections', sectionsRead, base?.guide.sections, (s) => s.id);
  const footnotes = reader.fill('footnotes', footnotesRead, base?.guide.footnotes, (f) => String(f.number));
  const vocabulary = reader.fill('vocabulary', vocabularyRead, base?.vocabulary, (v) => v.id);
  const schemes = reader.fill('schemes', schemesRead, base?.schemes, (s) => s.id);
  table1.factors = reader.fill('table-1 factors', table1.factors, base?.table1.factors, (f) => f.id);

  const schemeById = new Map(schemes.map((scheme) => [scheme.id, scheme]));
  const referralChecklists: Checklist[] = checklistsFile.referralSteps.map((specific) => {
    const scheme = schemeById.get(specific.scheme);
    return {
      id: `referral-${specific.scheme}`,
      kind: 'referral',
      title: scheme ? referralTitle(scheme, lang) : specific.scheme,
      summary: scheme?.summary ?? specific.scheme,
      scheme: specific.scheme,
      sections: specific.sections ?? scheme?.sections ?? [],
      steps: [...checklistsFile.referralTemplate.before, ...specific.steps, ...checklistsFile.referralTemplate.after],
    };
  });
  const checklists = reader.fill(
    'checklists',
    [...referralChecklists, ...checklistsFile.procedures],
    base?.checklists,
    (c) => c.id,
  );
  options.notes?.push(...reader.notes);

  const result = contentPackSchema.safeParse({
    version: meta.version,
    date: meta.date,
    lang,
    edition: meta.edition,
    guide: { ...meta.guide, sections, footnotes },
    vocabulary,
    schemes,
    checklists,
    table1,
  });
  if (!result.success) {
    throw new ContentError(result.error.issues.map((i) => `${lang} pack: ${i.path.join('.')}: ${i.message}`));
  }
  const problems = findContentProblems(result.data);
  if (problems.length > 0) throw new ContentError(problems);
  return result.data;
}
