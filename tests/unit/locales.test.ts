/** Both languages complete: every namespace in en and fr, the same keys, no empty string. */
import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { NAMESPACES } from '../../src/platform/i18n/i18n';

function keys(value: unknown, prefix = ''): string[] {
  if (typeof value !== 'object' || value === null) return [prefix];
  return Object.entries(value).flatMap(([k, v]) => keys(v, prefix ? `${prefix}.${k}` : k));
}
function leaves(value: unknown): unknown[] {
  if (typeof value !== 'object' || value === null) return [value];
  return Object.values(value).flatMap(leaves);
}
const load = (lang: string, ns: string): unknown =>
  JSON.parse(readFileSync(resolve(process.cwd(), 'locales', lang, `${ns}.json`), 'utf8'));

describe('locales', () => {
  it('has exactly the declared namespaces in each language', () => {
    for (const lang of ['en', 'fr']) {
      const files = readdirSync(resolve(process.cwd(), 'locales', lang)).map((f) => f.replace(/\.json$/, ''));
      expect(files.sort()).toEqual([...NAMESPACES].sort());
    }
  });

  it.each([...NAMESPACES])('%s: same keys in en and fr, none empty', (ns) => {
    const en = load('en', ns);
    const fr = load('fr', ns);
    // i18next plural suffixes may differ between languages (fr has _one/_many/_other like en here).
    expect(keys(fr).sort()).toEqual(keys(en).sort());
    for (const value of [...leaves(en), ...leaves(fr)]) {
      expect(typeof value === 'string' && value.trim().length > 0, `empty value in ${ns}`).toBe(true);
    }
  });
});
