/**
 * Vite plugin that compiles the YAML content packs (English edition and French translation) at build (and
 * dev/test) time and exposes them as virtual modules:
 *   virtual:content-pack/meta  -> { version, date, langs }   (tiny: the app checks it on every start)
 *   virtual:content-pack/en, virtual:content-pack/fr -> one whole validated pack each, as a JS module: for the
 *                                 prerender (Node) and build-time tools only, never imported by client code
 *   virtual:content-pack/urls -> { en, fr }: where each pack is served as JSON. A build emits
 *                                 assets/content-<lang>-<hash8>.json (hash: sha256 of the JSON, so a content change
 *                                 is a new URL and the service worker precaches it like any hashed asset); the dev
 *                                 server answers the same URLs. src/data/content fetches them.
 *   virtual:content-pack/search-index -> the search index built from both packs, serialized (a JSON string the
 *                                 app parses with loadIndex; loaded lazily, on the first search)
 * An invalid pack, or a French pack that is incomplete or diverges from the English one, fails the build with
 * every problem listed. LIMITS_CONTENT_PARTIAL=1 (and Vitest) fill the gaps from English and only warn, to
 * work on the app while the translation is being written (src/content/compile-content-packs.ts).
 */
import { createHash } from 'node:crypto';
import { statSync } from 'node:fs';
import { relative } from 'node:path';
import type { Plugin } from 'vite';
import {
  compileContentPacks,
  partialContentFromEnv,
  type CompiledPacks,
} from '../src/content/compile-content-packs.ts';
import { contentFiles } from '../src/content/compile-content-pack.ts';
import { contentLanguages } from '../src/content/schema.ts';
import { buildIndex, buildSearchDocuments, serializeIndex } from '../src/features/search/engine/index.ts';

const PREFIX = 'virtual:content-pack/';
const SEARCH_INDEX = 'search-index';
const URLS = 'urls';

interface PackAsset {
  fileName: string;
  json: string;
}

/** Each language's pack as the JSON the app fetches, named by its content's hash. */
export function packAssets(packs: CompiledPacks['packs']): Record<(typeof contentLanguages)[number], PackAsset> {
  const asset = (lang: (typeof contentLanguages)[number]): PackAsset => {
    const json = JSON.stringify(packs[lang]);
    const hash = createHash('sha256').update(json).digest('hex').slice(0, 8);
    return { fileName: `assets/content-${lang}-${hash}.json`, json };
  };
  return { en: asset('en'), fr: asset('fr') };
}

export function contentPackPlugin(contentDir: string): Plugin {
  const partial = partialContentFromEnv(process.env);
  // Compiled once per state of the content files, not once per virtual module and asset. Keyed by the files'
  // names and times rather than reset by handleHotUpdate alone: the dev server's middleware reads it too.
  let compiled: CompiledPacks | undefined;
  let compiledFor = '';
  const compile = (warn: (message: string) => void): CompiledPacks => {
    const stamp = contentFiles(contentDir)
      .map((file) => `${file}:${statSync(file).mtimeMs}`)
      .join('|');
    if (!compiled || stamp !== compiledFor) {
      compiled = compileContentPacks(contentDir, { partial });
      compiledFor = stamp;
      if (compiled.notes.length > 0 && !process.env.VITEST) {
        warn(`French content incomplete (LIMITS_CONTENT_PARTIAL):\n- ${compiled.notes.join('\n- ')}`);
      }
    }
    return compiled;
  };
  return {
    name: 'limits-content-pack',
    resolveId(id) {
      return id.startsWith(PREFIX) ? `\0${id}` : undefined;
    },
    load(id) {
      if (!id.startsWith(`\0${PREFIX}`)) return undefined;
      for (const file of contentFiles(contentDir)) this.addWatchFile(file);
      const what = id.slice(PREFIX.length + 1);
      const { packs } = compile((message) => this.warn(message));
      if (what === URLS) {
        const assets = packAssets(packs);
        const urls = Object.fromEntries(contentLanguages.map((lang) => [lang, `/${assets[lang].fileName}`]));
        return `export default ${JSON.stringify(urls)};`;
      }
      if (what === 'meta') {
        const { version, date } = packs.en;
        return `export default ${JSON.stringify({ version, date, langs: contentLanguages })};`;
      }
      if ((contentLanguages as readonly string[]).includes(what)) {
        // JSON.parse of a string literal is faster to start than an object literal of the same size.
        return `export default JSON.parse(${JSON.stringify(JSON.stringify(packs[what as keyof typeof packs]))});`;
      }
      if (what === SEARCH_INDEX) {
        // Built from the same compiled packs, so a content update rebuilds it. Shipped as the string itself:
        // loadIndex parses it once, faster than an object literal and without a second copy in memory.
        const documents = contentLanguages.flatMap((lang) => buildSearchDocuments(packs[lang]));
        return `export default ${JSON.stringify(serializeIndex(buildIndex(documents)))};`;
      }
      this.error(
        `Unknown content module ${id.slice(1)} (known: meta, ${URLS}, ${contentLanguages.join(', ')}, ${SEARCH_INDEX})`,
      );
    },
    generateBundle() {
      // Emitted by every build (the SSR build of the prerender too): the client fetches them by URL, so they
      // are there whether or not any module imported virtual:content-pack/urls.
      const { packs } = compile((message) => this.warn(message));
      for (const { fileName, json } of Object.values(packAssets(packs))) {
        this.emitFile({ type: 'asset', fileName, source: json });
      }
    },
    configureServer(server) {
      // Dev: the same URLs, answered from the compiled packs (recompiled when a content file changed).
      server.middlewares.use((request, response, next) => {
        const path = request.url?.split('?')[0] ?? '';
        if (!path.startsWith('/assets/content-')) {
          next();
          return;
        }
        const { packs } = compile((message) => server.config.logger.warn(message));
        const asset = Object.values(packAssets(packs)).find(({ fileName }) => `/${fileName}` === path);
        if (!asset) {
          next();
          return;
        }
        response.setHeader('Content-Type', 'application/json; charset=utf-8');
        response.setHeader('Cache-Control', 'no-cache');
        response.end(asset.json);
      });
    },
    handleHotUpdate({ file, server }) {
      if (!relative(contentDir, file).startsWith('..')) {
        compiled = undefined;
        for (const name of ['meta', URLS, ...contentLanguages, SEARCH_INDEX]) {
          const mod = server.moduleGraph.getModuleById(`\0${PREFIX}${name}`);
          if (mod) server.moduleGraph.invalidateModule(mod);
        }
        server.ws.send({ type: 'full-reload' });
      }
    },
  };
}
