/**
 * The bundled content packs, each its own lazy chunk (virtual:content-pack/<lang>): only imported when a
 * device has to seed, so a normal start never downloads or parses them.
 */
import type { ContentLanguage, ContentPack } from '../content/schema';

async function loadPack(lang: ContentLanguage): Promise<ContentPack> {
  return lang === 'fr'
    ? (await import('virtual:content-pack/fr')).default
    : (await import('virtual:content-pack/en')).default;
}

export function loadBundledPacks(langs: readonly ContentLanguage[]): Promise<ContentPack[]> {
  return Promise.all(langs.map(loadPack));
}
