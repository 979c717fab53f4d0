/**
 * Fewer, larger chunks for what a first visit loads: the app's shell in one, and the modules the content pages
 * share in another.
 *
 * Left to itself, the bundler gives each module that two lazy chunks share a chunk of its own: a first visit to
 * `/` fetched 30 JS files, most under 2 KB. Every `<link rel=modulepreload>` the boot or the preload helper
 * appends costs the main thread about a millisecond to start its fetch here (8 links: 9.3 ms), four times that
 * under Lighthouse's CPU model, in the tasks right after the first paint that its Total Blocking Time counts.
 * Merging further was measured and dropped: one chunk per boot stage (React with React DOM, the router with
 * i18n) made the longest task of a first visit longer (median 21 → 27 ms over 15 visits), bigger scripts
 * being compiled in one piece.
 *
 * - **app-shell**: every module the boot's last stage (src/app/boot/start-app.tsx) imports statically. They all
 *   run when start-app is imported, so bundling them changes what runs nowhere, only how many requests carry
 *   it; a lazy route that imports one imports it from a chunk already loaded. The entry and the earlier stages
 *   (React, then the router and i18n: src/main.tsx) keep their modules: taking one would make that stage import
 *   the whole shell.
 * - **page-kit**: what two or more content routes (guide, vocabulary, schemes, checklists, Table 1, not found)
 *   import statically, outside the shell: their rich text, links and favourites. A content page loads the rest
 *   of the kit with its own part (a few hundred bytes); the pages with device data (contacts, referrals,
 *   dashboard) are not content routes, so nothing of theirs comes into a content page.
 */
import type { Plugin } from 'vite';

const SHELL_ENTRY = /\/src\/app\/boot\/start-app\.tsx$/;
const EARLIER_STAGES = /\/src\/(main\.tsx|app\/boot\/(react-stage|library-stage)\.ts)$/;
const CONTENT_ROUTES =
  /\/src\/app\/pages\/(guide-pages|vocabulary-pages|scheme-pages|checklist-pages|table-1-page|not-found-page)\.tsx$/;
/** Stylesheets have groups of their own (vite.config.ts). */
const NOT_JS = /\.css$/;

/** Every module `from` imports statically, directly or not, itself included. */
function staticClosure(from: readonly string[], importedIds: (id: string) => readonly string[]): Set<string> {
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

/** The module graph, as the bundler knows it once every module is loaded. */
export interface ModuleGraph {
  ids: readonly string[];
  importedIds: (id: string) => readonly string[];
}

/** Which modules go to the shell's chunk and which to the content pages' kit (see the file's comment). */
export function bootChunkSets({ ids, importedIds }: ModuleGraph): { shell: Set<string>; kit: Set<string> } {
  const closure = (test: RegExp) =>
    staticClosure(
      ids.filter((id) => test.test(id)),
      importedIds,
    );
  const earlier = closure(EARLIER_STAGES);
  const shell = new Set([...closure(SHELL_ENTRY)].filter((id) => !earlier.has(id) && !NOT_JS.test(id)));
  const uses = new Map<string, number>();
  for (const route of ids.filter((id) => CONTENT_ROUTES.test(id))) {
    for (const id of staticClosure([route], importedIds)) uses.set(id, (uses.get(id) ?? 0) + 1);
  }
  const kit = new Set(
    [...uses]
      .filter(([id, count]) => count >= 2 && !shell.has(id) && !earlier.has(id) && !NOT_JS.test(id))
      .map(([id]) => id),
  );
  return { shell, kit };
}

interface Group {
  name: string;
  test: (id: string) => boolean;
  includeDependenciesRecursively: false;
}

export function bootChunks(): { plugin: Plugin; groups: Group[] } {
  let sets = { shell: new Set<string>(), kit: new Set<string>() };
  const plugin: Plugin = {
    name: 'limits-terrain:boot-chunks',
    apply: 'build',
    buildEnd() {
      sets = bootChunkSets({
        ids: [...this.getModuleIds()],
        importedIds: (id) => this.getModuleInfo(id)?.importedIds ?? [],
      });
    },
  };
  // Their dependencies stay where they are (React in its stage, the database in its lazy chunks).
  const groups: Group[] = [
    { name: 'app-shell', test: (id) => sets.shell.has(id), includeDependenciesRecursively: false },
    { name: 'page-kit', test: (id) => sets.kit.has(id), includeDependenciesRecursively: false },
  ];
  return { plugin, groups };
}
