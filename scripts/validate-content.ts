/**
 * `npx tsx scripts/validate-content.ts [--partial]`: compile both content packs (English edition and French
 * translation), check their parity and print the problems or a summary. `--partial` reports what the French
 * pack still lacks without failing, as LIMITS_CONTENT_PARTIAL=1 does for the build.
 */
import { ContentError } from '../src/content/compile-content-pack';
import { compileContentPacks } from '../src/content/compile-content-packs';

const partial = process.argv.includes('--partial');
try {
  const { packs, notes } = compileContentPacks(new URL('../content', import.meta.url).pathname, { partial });
  for (const pack of Object.values(packs)) {
    console.log(
      `content ${pack.lang} ${pack.version}: ${pack.guide.sections.length} sections, ${pack.guide.footnotes.length} footnotes, ` +
        `${pack.vocabulary.length} terms, ${pack.schemes.length} schemes, ${pack.checklists.length} checklists, ` +
        `${pack.table1.factors.length} Table 1 factors`,
    );
  }
  if (notes.length > 0) console.warn(`French pack not complete yet (${notes.length}):\n- ${notes.join('\n- ')}`);
} catch (error) {
  console.error(error instanceof ContentError ? error.message : error);
  process.exit(1);
}
