/**
 * Both content packs, as the build ships them: the English edition and its French translation, checked for
 * parity (content-parity.ts). Strict by default: the product needs the whole guide in both languages, so a
 * missing or diverging French item fails the build with the list of what to fix.
 *
 * `partial` is for development while the translation is being written (LIMITS_CONTENT_PARTIAL=1 for Vite,
 * `--partial` for scripts/validate-content.ts, and the unit tests): what the French pack lacks is taken from
 * the English one and listed in `notes` instead of failing.
 */
import { compileContentPack, ContentError } from './compile-content-pack.ts';
import { findParityProblems } from './content-parity.ts';
import type { ContentLanguage, ContentPack } from './schema.ts';

export type ContentPacks = Record<ContentLanguage, ContentPack>;

export interface CompiledPacks {
  packs: ContentPacks;
  /** Partial mode only: what was taken from English and what still diverges (empty when complete). */
  notes: string[];
}

const HOW_TO = 'see docs/CONTENT.md, "Translations"; to work with the files as they are, set LIMITS_CONTENT_PARTIAL=1';

export function compileContentPacks(contentDir: string, options: { partial?: boolean } = {}): CompiledPacks {
  const en = compileContentPack(contentDir, 'en');
  const notes: string[] = [];
  let fr: ContentPack;
  try {
    fr = compileContentPack(contentDir, 'fr', { fallback: 'en', notes });
  } catch (error) {
    if (!(error instanceof ContentError)) throw error;
    // Even the filled-in French pack is broken (a link to a missing id in a translated text, say): develop on
    // the English text, and say why.
    notes.push(...error.problems.map((problem) => `fr (whole pack read from en): ${problem}`));
    fr = { ...structuredClone(en), lang: 'fr' };
  }
  notes.push(...findParityProblems(en, fr).map((problem) => `fr parity: ${problem}`));
  // Strict: the same reading, but anything taken from English or diverging fails, listed in full.
  if (!options.partial && notes.length > 0) {
    throw new ContentError([
      `the French pack (content/fr) is incomplete or differs from the English one (${HOW_TO})`,
      ...notes,
    ]);
  }
  return { packs: { en, fr }, notes };
}

/** Partial mode from the environment: LIMITS_CONTENT_PARTIAL=1, or inside Vitest (see the module comment). */
export function partialContentFromEnv(env: Record<string, string | undefined>): boolean {
  return env.LIMITS_CONTENT_PARTIAL === '1' || env.VITEST === 'true';
}
