/**
 * Asks V8 to compile every function of the boot's chunks while they download, off the main thread.
 *
 * V8 compiles a function lazily: while a script streams in it only pre-parses it, then compiles it on the main
 * thread when it is first called. The boot calls most of what it loads (React DOM's hydration, the router, i18n,
 * the app's shell), so a first visit compiled them in its first tasks after the first paint, the ones Lighthouse's
 * Total Blocking Time counts: React's stage evaluated in one 50 ms task on the slow 2-core VM of 2026-12-03.
 * Chrome 136+ reads a `//# allFunctionsCalledOnLoad` comment at the top of a file as "compile all of it eagerly",
 * which it then does on the streaming thread (every chunk here is streamed, small ones included: the traces'
 * `v8.compileModule` events say `streamed: true`). Other browsers read a comment.
 *
 * Which chunks: the entry and everything the boot's stages (src/main.tsx's dynamic imports) import statically.
 * Everything in them runs before the page is hydrated. The routes' chunks keep lazy compilation: most of a route's
 * code waits for a tap.
 *
 * Measured on that VM, traces of 18 first visits to /guide/2-4-2 each, the same build with and without the
 * comments, in alternating rounds: main-thread time after the first paint, median 780 → 709 ms; the sum of what
 * each task would block beyond 50 ms at 4× slower (Lighthouse's model), 420 → 367 ms; React's stage evaluated in
 * one task of 50 → 33–36 ms.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Plugin } from 'vite';

export const COMPILE_HINT = '//# allFunctionsCalledOnLoad\n';

/** The boot's stages, which src/main.tsx imports dynamically one after the other. */
const BOOT_STAGES = /\/src\/app\/boot\/(react-stage|library-stage|start-app)\.tsx?$/;

/** What of a bundle's chunk this plugin reads. */
export interface ChunkFacts {
  fileName: string;
  isEntry: boolean;
  facadeModuleId: string | null;
  /** Chunks it imports statically (file names). */
  imports: readonly string[];
}

/** File names of the chunks to hint: the entries, the boot's stages, and their static imports, transitively. */
export function bootChunkFileNames(chunks: readonly ChunkFacts[], stages: RegExp = BOOT_STAGES): Set<string> {
  const byName = new Map(chunks.map((chunk) => [chunk.fileName, chunk]));
  const queue = chunks
    .filter((chunk) => chunk.isEntry || (chunk.facadeModuleId !== null && stages.test(chunk.facadeModuleId)))
    .map((chunk) => chunk.fileName);
  const seen = new Set<string>();
  while (queue.length > 0) {
    const name = queue.pop() as string;
    if (seen.has(name)) continue;
    seen.add(name);
    queue.push(...(byName.get(name)?.imports ?? []));
  }
  return seen;
}

export function compileHintsPlugin(): Plugin {
  return {
    name: 'limits-terrain:compile-hints',
    apply: 'build',
    // On the written files: Vite puts its preload map (`const __vite__mapDeps=…`) at the top of a chunk after
    // every plugin's generateBundle, and the comment must be the file's first line. Before closeBundle, where the
    // service worker's precache manifest is made from these files.
    writeBundle(options, bundle) {
      const chunks = Object.values(bundle).flatMap((output) => (output.type === 'chunk' ? [output] : []));
      const stages = chunks.filter((chunk) => chunk.facadeModuleId !== null && BOOT_STAGES.test(chunk.facadeModuleId));
      // A renamed stage would silently hint nothing but the entry.
      if (stages.length !== 3) {
        this.error(`compile hints: expected the 3 boot stages (src/app/boot), found ${stages.length}`);
      }
      for (const fileName of bootChunkFileNames(chunks)) {
        const path = join(options.dir ?? 'dist', fileName);
        if (!existsSync(path)) continue;
        const code = readFileSync(path, 'utf8');
        if (!code.startsWith(COMPILE_HINT)) writeFileSync(path, COMPILE_HINT + code);
      }
    },
  };
}
