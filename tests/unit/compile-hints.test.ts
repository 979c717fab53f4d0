/**
 * Issue #11: which chunks the build marks for eager compilation (scripts/vite-compile-hints-plugin.ts), on a
 * bundle shaped like the app's: the entry, the boot's three stages and what they import statically, not the
 * routes' chunks nor what only they import.
 */
import { describe, expect, it } from 'vitest';
import { bootChunkFileNames, type ChunkFacts } from '../../scripts/vite-compile-hints-plugin';

const P = '/app/src/';
const chunk = (fileName: string, imports: string[], facadeModuleId: string | null = null, isEntry = false) => ({
  fileName,
  imports,
  facadeModuleId,
  isEntry,
});
const bundle: ChunkFacts[] = [
  chunk('index.js', ['preload-helper.js'], `${P}main.tsx`, true),
  chunk('preload-helper.js', []),
  chunk('react-stage.js', ['react.js', 'client.js'], `${P}app/boot/react-stage.ts`),
  chunk('react.js', ['runtime.js']),
  chunk('client.js', ['react.js', 'runtime.js']),
  chunk('runtime.js', []),
  chunk('library-stage.js', ['router.js', 'i18n.js'], `${P}app/boot/library-stage.ts`),
  chunk('router.js', ['react.js']),
  chunk('i18n.js', []),
  chunk('start-app.js', ['app-shell.js'], `${P}app/boot/start-app.tsx`),
  chunk('app-shell.js', ['router.js', 'preload-helper.js']),
  chunk('guide-pages.js', ['page-kit.js', 'app-shell.js'], `${P}app/pages/guide-pages.tsx`),
  chunk('page-kit.js', ['react.js']),
  chunk('db.js', ['dexie.js'], `${P}data/contacts/db.ts`),
  chunk('dexie.js', []),
];
const hinted = bootChunkFileNames(bundle);

describe('compile hints', () => {
  it.each([
    ['the entry', 'index.js', true],
    ['what the entry imports statically', 'preload-helper.js', true],
    ['a boot stage', 'react-stage.js', true],
    ['React DOM, imported by the first stage', 'client.js', true],
    ['an import of an import (the bundler runtime)', 'runtime.js', true],
    ['the router and i18n (second stage)', 'router.js', true],
    ['the last stage and the shell it imports', 'app-shell.js', true],
    ['a route chunk (lazy: most of it waits for a tap)', 'guide-pages.js', false],
    ['what only routes import', 'page-kit.js', false],
    ['the database and its library', 'dexie.js', false],
  ])('%s: %s → %s', (_label, fileName, expected) => {
    expect(hinted.has(fileName)).toBe(expected);
  });

  it('stops at chunks the bundle does not hold, and survives import cycles', () => {
    const cyclic: ChunkFacts[] = [chunk('a.js', ['b.js', 'gone.js'], null, true), chunk('b.js', ['a.js'])];
    expect([...bootChunkFileNames(cyclic)].sort()).toEqual(['a.js', 'b.js', 'gone.js']);
  });
});
