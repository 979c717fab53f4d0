/**
 * Seeds the content tables from the bundled packs (English edition and French translation), in one
 * transaction: a device has either the whole old content or the whole new one, in both languages, never a
 * mix. The user's tables (favourites, checklist runs…) are not in the transaction's scope at all, so a re-seed
 * cannot touch them.
 */
import type { ContentLanguage, ContentPack } from '../content/schema';
import { foldText } from '../lib/fold-text';
import { contentTables } from './content-tables';
import type { LimitsDb } from './db';
import type { ContentMetaRow } from './rows';
import { CONTENT_TABLES } from './tables';

export type SeedProgress = (done: number, total: number) => void;

export interface BundledContentMeta {
  version: string;
  /** Languages the bundle carries (virtual:content-pack/meta); each must be on the device. */
  langs: readonly ContentLanguage[];
}

/** What the device holds in a language, or undefined before the first seeding. */
export async function readContentMeta(db: LimitsDb, lang: ContentLanguage = 'en'): Promise<ContentMetaRow | undefined> {
  return db.contentMeta.get(contentTables(db, lang).metaKey);
}

/**
 * Bumped when the way rows are derived from the packs changes (sort keys, extra fields, a new language), so
 * devices re-seed even when the content itself did not change. 2: French tables and the edition metadata.
 */
export const SEED_FORMAT = 2;

export function needsSeeding(
  held: Partial<Record<ContentLanguage, ContentMetaRow | undefined>>,
  bundled: BundledContentMeta,
): boolean {
  return bundled.langs.some((lang) => {
    const current = held[lang];
    return current?.version !== bundled.version || current.lang !== lang || current.seedFormat !== SEED_FORMAT;
  });
}

/**
 * Rows written per bulkPut. Each write wakes every live query on that table (in every tab), so a few large
 * writes cost the pages far less than many small ones; progress is reported per write.
 */
const CHUNK = 250;

function packRows(pack: ContentPack) {
  const sections = pack.guide.sections.map((section, order) => ({ ...section, order }));
  // "(Se) défaucher" files under D, as in a dictionary: a leading bracketed particle does not sort.
  const terms = pack.vocabulary.map((entry) => ({
    ...entry,
    sortKey: foldText((entry.terms[0] ?? entry.id).replace(/^\([^)]*\)\s*/, '')),
  }));
  // Acronyms sort the same in both languages; a scheme without one sorts by its name in the pack's language.
  const schemes = pack.schemes.map((scheme) => ({
    ...scheme,
    sortKey: foldText(scheme.acronym ?? (pack.lang === 'fr' ? scheme.nameFr : scheme.nameEn)),
  }));
  const factors = pack.table1.factors.map((factor, order) => ({ ...factor, order }));
  return { sections, terms, schemes, factors };
}

export async function seedContent(
  db: LimitsDb,
  packs: readonly ContentPack[],
  onProgress?: SeedProgress,
): Promise<void> {
  const rows = packs.map((pack) => ({ pack, ...packRows(pack) }));
  const total = rows.reduce(
    (sum, r) =>
      sum + r.sections.length + r.terms.length + r.schemes.length + r.pack.checklists.length + r.factors.length,
    0,
  );
  let done = 0;

  await db.transaction('rw', [...CONTENT_TABLES], async () => {
    await Promise.all(CONTENT_TABLES.map((name) => db.table(name).clear()));
    const put = async <T>(list: T[], table: { bulkPut(rows: T[]): Promise<unknown> }) => {
      for (let i = 0; i < list.length; i += CHUNK) {
        const chunk = list.slice(i, i + CHUNK);
        await table.bulkPut(chunk);
        done += chunk.length;
        onProgress?.(done, total);
      }
    };
    for (const { pack, sections, terms, schemes, factors } of rows) {
      const tables = contentTables(db, pack.lang);
      await put(sections, tables.sections);
      await tables.footnotes.bulkPut(pack.guide.footnotes);
      await put(terms, tables.terms);
      await put(schemes, tables.schemes);
      await put(pack.checklists, tables.checklists);
      await put(factors, tables.tableFactors);
      await db.contentMeta.put({
        key: tables.metaKey,
        version: pack.version,
        date: pack.date,
        lang: pack.lang,
        edition: pack.edition,
        seededAt: new Date().toISOString(),
        seedFormat: SEED_FORMAT,
        table1Title: pack.table1.title,
        table1Intro: pack.table1.intro,
        guideTitle: pack.guide.title,
        guideSubtitle: pack.guide.subtitle,
        guidePublisher: pack.guide.publisher,
        guidePublished: pack.guide.published,
      });
    }
  });
}

/**
 * Seeds when the device lacks a language or holds an older/other content. `loadPacks` is only called when
 * needed, so a normal start never downloads or parses a pack.
 */
export async function ensureContentSeeded(
  db: LimitsDb,
  bundled: BundledContentMeta,
  loadPacks: () => Promise<readonly ContentPack[]>,
  onProgress?: SeedProgress,
): Promise<'up-to-date' | 'seeded'> {
  const held = Object.fromEntries(
    await Promise.all(bundled.langs.map(async (lang) => [lang, await readContentMeta(db, lang)] as const)),
  );
  if (!needsSeeding(held, bundled)) return 'up-to-date';
  const packs = await loadPacks();
  await seedContent(db, packs, onProgress);
  return 'seeded';
}
