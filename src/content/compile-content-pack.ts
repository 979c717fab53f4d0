/**
 * Build-time compiler of the content pack: reads `content/<lang>/**.yaml`, validates every file with zod,
 * expands the referral checklists from their template and checks every cross-reference. Runs in Node only
 * (the Vite plugin and the tests call it); the app receives the compiled, already-valid JSON.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parse } from 'yaml';
import { z } from 'zod';
import {
  checklistsFileSchema,
  contentPackSchema,
  footnoteSchema,
  guideSectionSchema,
  schemeSchema,
  table1Schema,
  vocabularyEntrySchema,
  type Checklist,
  type ContentPack,
} from './schema.ts';
import { findContentProblems } from './content-problems.ts';

const metaSchema = z
  .object({
    version: z.string(),
    date: z.string(),
    guide: z.object({ title: z.string(), subtitle: z.string(), publisher: z.string(), published: z.string() }),
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
  constructor(private readonly root: string) {}

  read<T>(schema: z.ZodType<T>, file: string): T | undefined {
    const where = relative(this.root, file);
    let value: unknown;
    try {
      value = parse(readFileSync(file, 'utf8'), { prettyErrors: true });
    } catch (error) {
      this.problems.push(`${where}: ${(error as Error).message}`);
      return undefined;
    }
    const result = schema.safeParse(value);
    if (!result.success) {
      for (const issue of result.error.issues) {
        this.problems.push(`${where}: ${issue.path.join('.') || '(root)'}: ${issue.message}`);
      }
      return undefined;
    }
    return result.data;
  }
}

/** Files read by the compiler, so the Vite plugin can watch them. */
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

export function compileContentPack(contentDir: string, lang: 'en' | 'fr'): ContentPack {
  const dir = join(contentDir, lang);
  const reader = new Reader(contentDir);
  const meta = reader.read(metaSchema, join(dir, 'meta.yaml'));
  const guideDir = join(dir, 'guide');
  const sections = contentFiles(guideDir).flatMap((file) => reader.read(z.array(guideSectionSchema), file) ?? []);
  const footnotes = reader.read(z.array(footnoteSchema), join(dir, 'footnotes.yaml'));
  const vocabulary = reader.read(z.array(vocabularyEntrySchema), join(dir, 'vocabulary.yaml'));
  const schemes = reader.read(z.array(schemeSchema), join(dir, 'schemes.yaml'));
  const checklistsFile = reader.read(checklistsFileSchema, join(dir, 'checklists.yaml'));
  const table1 = reader.read(table1Schema, join(dir, 'table-1.yaml'));
  if (!meta || !footnotes || !vocabulary || !schemes || !checklistsFile || !table1 || reader.problems.length > 0) {
    throw new ContentError(reader.problems);
  }

  const schemeById = new Map(schemes.map((scheme) => [scheme.id, scheme]));
  const referralChecklists: Checklist[] = checklistsFile.referralSteps.map((specific) => {
    const scheme = schemeById.get(specific.scheme);
    return {
      id: `referral-${specific.scheme}`,
      kind: 'referral',
      title: scheme ? (scheme.acronym ? `${scheme.acronym} – ${scheme.nameEn}` : scheme.nameEn) : specific.scheme,
      summary: scheme?.summary ?? specific.scheme,
      scheme: specific.scheme,
      sections: specific.sections ?? scheme?.sections ?? [],
      steps: [...checklistsFile.referralTemplate.before, ...specific.steps, ...checklistsFile.referralTemplate.after],
    };
  });

  const result = contentPackSchema.safeParse({
    version: meta.version,
    date: meta.date,
    lang,
    guide: { ...meta.guide, sections, footnotes },
    vocabulary,
    schemes,
    checklists: [...referralChecklists, ...checklistsFile.procedures],
    table1,
  });
  if (!result.success) {
    throw new ContentError(result.error.issues.map((i) => `${lang} pack: ${i.path.join('.')}: ${i.message}`));
  }
  const problems = findContentProblems(result.data);
  if (problems.length > 0) throw new ContentError(problems);
  return result.data;
}
