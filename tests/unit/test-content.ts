/**
 * The real content packs, compiled once per test file (the same code path as the build). Tests run from the repo
 * root. Compiled in partial mode (src/content/compile-content-packs.ts): while content/fr is being translated,
 * what it lacks comes from English, so the app's tests run against the files present; the parity test
 * (src/content/content-parity.test.ts) is the one that fails until the French pack is complete.
 */
import { resolve } from 'node:path';
import { compileContentPacks, type CompiledPacks } from '../../src/content/compile-content-packs';
import type { ContentLanguage, ContentPack } from '../../src/content/schema';
import { provideContent } from '../../src/data/content';

let compiled: CompiledPacks | undefined;

export const contentDir = () => resolve(process.cwd(), 'content');

export function testCompiledPacks(): CompiledPacks {
  compiled ??= compileContentPacks(contentDir(), { partial: true });
  return compiled;
}

export function testContentPack(lang: ContentLanguage = 'en'): ContentPack {
  return structuredClone(testCompiledPacks().packs[lang]);
}

/** Puts the real packs of both languages in memory (src/data/content), as the prerender does at build time. */
export function provideTestContent(): void {
  for (const lang of ['en', 'fr'] as const) provideContent(lang, testCompiledPacks().packs[lang]);
}
