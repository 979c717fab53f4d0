/**
 * Vite plugin that compiles the YAML content pack at build (and dev/test) time and exposes it as virtual
 * modules:
 *   virtual:content-pack/meta  -> { version, date, lang }   (tiny: the app checks it on every start)
 *   virtual:content-pack/en    -> the whole validated pack  (loaded lazily, only when seeding)
 *   virtual:content-pack/search-index -> the search index built from that pack, serialized (a JSON string the
 *                                 app parses with loadIndex; loaded lazily, on the first search)
 * An invalid pack fails the build with every problem listed.
 */
import { relative } from 'node:path';
import type { Plugin } from 'vite';
import { compileContentPack, contentFiles } from '../src/content/compile-content-pack.ts';
import { buildIndex, buildSearchDocuments, serializeIndex } from '../src/features/search/engine/index.ts';

const PREFIX = 'virtual:content-pack/';
const LANGS = ['en'] as const;
const SEARCH_INDEX = 'search-index';

export function contentPackPlugin(contentDir: string): Plugin {
  return {
    name: 'limits-content-pack',
    resolveId(id) {
      return id.startsWith(PREFIX) ? `\0${id}` : undefined;
    },
    load(id) {
      if (!id.startsWith(`\0${PREFIX}`)) return undefined;
      for (const file of contentFiles(contentDir)) this.addWatchFile(file);
      const what = id.slice(PREFIX.length + 1);
      const pack = compileContentPack(contentDir, 'en');
      if (what === 'meta') {
        return `export default ${JSON.stringify({ version: pack.version, date: pack.date, langs: LANGS })};`;
      }
      if ((LANGS as readonly string[]).includes(what)) {
        // JSON.parse of a string literal is faster to start than an object literal of the same size.
        return `export default JSON.parse(${JSON.stringify(JSON.stringify(pack))});`;
      }
      if (what === SEARCH_INDEX) {
        // Built from the same compiled pack, so a content update rebuilds it. Shipped as the string itself:
        // loadIndex parses it once, faster than an object literal and without a second copy in memory.
        return `export default ${JSON.stringify(serializeIndex(buildIndex(buildSearchDocuments(pack))))};`;
      }
      this.error(`Unknown content module ${id.slice(1)} (known: meta, ${LANGS.join(', ')}, ${SEARCH_INDEX})`);
    },
    handleHotUpdate({ file, server }) {
      if (!relative(contentDir, file).startsWith('..')) {
        for (const lang of ['meta', ...LANGS, SEARCH_INDEX]) {
          const mod = server.moduleGraph.getModuleById(`\0${PREFIX}${lang}`);
          if (mod) server.moduleGraph.invalidateModule(mod);
        }
        server.ws.send({ type: 'full-reload' });
      }
    },
  };
}
