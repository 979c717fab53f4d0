/**
 * One chunk for the app's shell: every module the boot's last stage (src/app/boot/start-app.tsx) imports
 * statically, whatever else shares it, except the libraries that have stages of their own.
 *
 * Left to itself, the bundler gives each module that a lazy route also imports a chunk of its own: the first
 * route fetched 26 files, most under 2 KB. Each `<link rel=modulepreload>` the boot appends costs the main
 * thread about a millisecond to start its fetch (4 on a cheap phone), in the tasks right after the first paint
 * that Lighthouse's Total Blocking Time counts. The shell's modules all run when start-app is imported, so
 * bundling them together changes what runs nowhere, only how many requests carry it; a lazy route that imports
 * one of them imports it from a chunk that is already loaded.
 */
import type { Plugin } from 'vite';

const SHELL_ENTRY = /\/src\/app\/boot\/start-app\.tsx$/;
/**
 * The entry and the earlier stages (React, then the router and i18n: src/main.tsx) keep their modules: taking
 * one into the shell would make that stage import the whole shell.
 */
const EARLIER_STAGES = /\/src\/(main\.tsx|app\/boot\/(react-stage|library-stage)\.ts)$/;

/** Stylesheets have groups of their own (vite.config.ts). */
const NOT_SHELL = /\.css$/;

/** Every module `from` imports statically, directly or not, itself included. */
function staticClosure(from: string[], importedIds: (id: string) => readonly string[]): Set<string> {
  const seen = new Set<string>();
  const queue = [...from];
  while (queue.length > 0) {
    const id = queue.pop() as string;
    if (seen.has(id)) continue;
    seen.add(id);
    queue.push(...importedIds(id));
  }
  return seen;
}

export function shellChunk(): { plugin: Plugin; group: { name: string; test: (id: string) => boolean } } {
  const shell = new Set<string>();
  const plugin: Plugin = {
    name: 'limits-terrain:shell-chunk',
    apply: 'build',
    buildEnd() {
      shell.clear();
      const ids = [...this.getModuleIds()];
      const importedIds = (id: string) => this.getModuleInfo(id)?.importedIds ?? [];
      const earlier = staticClosure(
        ids.filter((id) => EARLIER_STAGES.test(id)),
        importedIds,
      );
      for (const id of staticClosure(
        ids.filter((id) => SHELL_ENTRY.test(id)),
        importedIds,
      )) {
        if (!earlier.has(id) && !NOT_SHELL.test(id)) shell.add(id);
      }
    },
  };
  const group = {
    name: 'app-shell',
    test: (id: string) => shell.has(id),
  };
  return { plugin, group };
}
