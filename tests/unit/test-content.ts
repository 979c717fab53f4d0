/** The real content pack, compiled once per test file (the same code path as the build). Tests run from the repo root. */
import { resolve } from 'node:path';
import { compileContentPack } from '../../src/content/compile-content-pack';
import type { ContentPack } from '../../src/content/schema';

let pack: ContentPack | undefined;

export function testContentPack(): ContentPack {
  pack ??= compileContentPack(resolve(process.cwd(), 'content'), 'en');
  return structuredClone(pack);
}
