import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { staleBuildReason } from '../../server/build-freshness';
import { makeTempDir } from './helpers';

const roots: string[] = [];
afterEach(() => {
  for (const root of roots.splice(0)) fs.rmSync(root, { recursive: true, force: true });
});

/** Writes `file` under `root` with a modification time `secondsAgo` in the past. */
function touch(root: string, file: string, secondsAgo: number): void {
  const full = path.join(root, file);
  fs.mkdirSync(path.dirname(full), { recursive: true });
  fs.writeFileSync(full, file);
  const time = new Date(Date.now() - secondsAgo * 1000);
  fs.utimesSync(full, time, time);
}

function project(): string {
  const root = makeTempDir('limits-fresh-');
  roots.push(root);
  touch(root, 'index.html', 100);
  touch(root, 'vite.config.ts', 100);
  touch(root, 'src/main.tsx', 100);
  touch(root, 'src/deep/nested/guide.tsx', 100);
  return root;
}

describe('staleBuildReason', () => {
  it('asks for a build when dist/index.html is missing', () => {
    const root = project();
    expect(staleBuildReason(root, path.join(root, 'dist'))).toMatch(/dist\/index\.html does not exist/);
  });

  it('is satisfied when the build is newer than every input', () => {
    const root = project();
    touch(root, 'dist/index.html', 10);
    expect(staleBuildReason(root, path.join(root, 'dist'))).toBeNull();
  });

  it.each([
    'src/deep/nested/guide.tsx',
    'content/fr/2-4-2.md',
    'locales/fr.json',
    'public/robots.txt',
    'vite.config.ts',
    'index.html',
  ])('rebuilds when %s changed after the build', (file) => {
    const root = project();
    touch(root, 'dist/index.html', 10);
    touch(root, file, 1);
    expect(staleBuildReason(root, path.join(root, 'dist'))).toBe(`${file} changed after the last build`);
  });

  it('ignores files outside the inputs (tests, docs, node_modules)', () => {
    const root = project();
    touch(root, 'dist/index.html', 10);
    touch(root, 'tests/unit/a.test.ts', 1);
    touch(root, 'docs/SERVER.md', 1);
    touch(root, 'src/node_modules/pkg/index.js', 1);
    expect(staleBuildReason(root, path.join(root, 'dist'))).toBeNull();
  });
});
