/**
 * npm 11 only warns about dependencies whose install scripts package.json's `allowScripts` does not cover; npm 12
 * skips those scripts. better-sqlite3's is what builds the native module the server needs, so a fresh
 * `npm install && npm start` on npm 12 would fail at the first query. Every package the lockfile marks as
 * having an install script must therefore be listed, and nothing else (an entry for a package that has none
 * hides a review that never happened).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = join(__dirname, '..', '..');
const readJson = <T>(name: string) => JSON.parse(readFileSync(join(ROOT, name), 'utf8')) as T;

/** Package names of the lockfile's entries with `hasInstallScript` (nested copies under their own name). */
function packagesWithInstallScripts(lock: { packages: Record<string, { hasInstallScript?: boolean }> }) {
  const names = Object.entries(lock.packages)
    .filter(([path, entry]) => path !== '' && entry.hasInstallScript === true)
    .map(([path]) => path.slice(path.lastIndexOf('node_modules/') + 'node_modules/'.length));
  return [...new Set(names)].sort();
}

describe('install scripts', () => {
  it('reads the lockfile entries that have install scripts, nested ones by their own name', () => {
    expect(
      packagesWithInstallScripts({
        packages: {
          '': { hasInstallScript: true },
          'node_modules/a': { hasInstallScript: true },
          'node_modules/b': {},
          'node_modules/c/node_modules/@s/d': { hasInstallScript: true },
        },
      }),
    ).toEqual(['@s/d', 'a']);
  });

  it('package.json allows exactly the dependencies whose install scripts the lockfile records', () => {
    const lock = readJson<{ packages: Record<string, { hasInstallScript?: boolean }> }>('package-lock.json');
    const { allowScripts = {} } = readJson<{ allowScripts?: Record<string, boolean> }>('package.json');
    const allowed = Object.keys(allowScripts)
      .map((key) => key.replace(/(?<=.)@.*$/, ''))
      .sort();
    expect(allowed).toEqual(packagesWithInstallScripts(lock));
    expect(Object.values(allowScripts).every((value) => value === true)).toBe(true);
  });
});
