/**
 * Prerenders every page of the app into dist/pages/<lang>/…html at the end of the client build, before the
 * service worker's precache manifest is made (vite-plugin-pwa works in closeBundle; this runs in
 * writeBundle), so the pages are precached like the scripts.
 *
 * It compiles src/app/prerender/render-page.tsx as a Node (SSR) bundle with the same content-pack plugin, renders
 * each URL in each language with the app's own routes and components, and fills the built index.html with
 * the markup, the title, the page's language and the inline preferences script (theme and text size before
 * the first paint). See src/shared/prerendered-pages.ts for the file names.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import react from '@vitejs/plugin-react';
import { build, type Plugin } from 'vite';
import { packPages, unpackPages } from '../src/shared/pages-bundle.ts';
import { pagesBundleFile } from '../src/shared/precache-languages.ts';
import { PREFERENCES_SCRIPT } from '../src/shared/preferences-script.ts';
import { PAGE_LANGUAGES, pageFile, shellFile, type PageLanguage } from '../src/shared/prerendered-pages.ts';
import { contentPackPlugin } from './vite-content-pack-plugin.ts';

interface RenderedPage {
  markup: string;
  title: string;
  namespaces: string[];
  content: string[];
  status: number;
}

interface RenderModule {
  renderPage(pathname: string, lang: PageLanguage): Promise<RenderedPage>;
  renderShell(lang: PageLanguage): Promise<RenderedPage>;
  listPagePaths(): string[];
}

const APP_NAME = 'LIMITS Terrain';

const DESCRIPTIONS: Record<PageLanguage, string> = {
  fr: 'Le guide LIMITS (MILDECA, 2024) hors ligne pour les professionnels de terrain : vocabulaire du trafic, dispositifs, fiches pratiques.',
  en: 'The LIMITS guidelines (MILDECA, 2024) offline for field professionals: trafficking vocabulary, support schemes, checklists.',
};

const escapeHtml = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/**
 * The app's scripts, taken out of the built index.html: the entry and the modules it preloads. Pages load
 * them through a small boot script after their first frame (see bootScript), so the page's text and styles
 * have the network and the main thread to themselves until they are painted.
 */
export function takeScripts(html: string): { html: string; entry: string; preloads: string[] } {
  const entry = /<script type="module" crossorigin src="([^"]+)"><\/script>\s*/.exec(html);
  if (!entry?.[1]) throw new Error('index.html has no module entry script for the prerender to move');
  const preloads = [...html.matchAll(/<link rel="modulepreload" crossorigin href="([^"]+)">\s*/g)];
  let rest = html.replace(entry[0], '');
  for (const link of preloads) rest = rest.replace(link[0], '');
  return { html: rest, entry: entry[1], preloads: preloads.map((link) => link[1] ?? '') };
}

/**
 * How long a visible page waits for its first contentful paint before loading the app anyway: only for a
 * browser that never reports one. Normally it comes a few hundred ms after the boot script runs.
 */
export const BOOT_FALLBACK_MS = 2000;

/**
 * The boot script: once the page's first contentful paint is on screen, load the app.
 *
 * - It waits for Paint Timing's `first-contentful-paint` entry, which the browser reports once that frame was
 *   presented, not merely drawn. Waiting two animation frames was not enough: when a first visit loaded in the
 *   renderer process of the `about:blank` page it came from (no Cross-Origin-Opener-Policy, as Lighthouse
 *   opens pages), the text was painted at 220 ms, the app's loading then kept the main thread, and the browser
 *   put no frame on screen until 1 270 ms. Waiting for the entry, FCP was 752–798 ms in six Lighthouse runs
 *   here, against 796–2 001 ms. Started from the first frame's own callback, the app's loading also ran before
 *   that frame reached the screen on a cold start, CPU slowed 4× (npm run bench:coldstart).
 * - Without Paint Timing (an old browser), it waits two animation frames, as before.
 * - A page in the background paints nothing: it loads the app at once. A visible page that reports no paint
 *   loads it after BOOT_FALLBACK_MS.
 * - The entry goes first, in a task of its own, then the preloads one per task. Starting a fetch costs the main
 *   thread 2–6 ms here (the gaps between ResourceSendRequest events inside one boot task of a Lighthouse
 *   trace): the entry and four preloads in one task made an 18 ms task, 72 ms as Lighthouse scales it, 22 ms
 *   of TBT on every route. All of them in one task was ~250 ms as Lighthouse counts it. (Chained zero-delay
 *   timers are clamped to 4 ms after five: the last preloads start some 30 ms later, long before they are
 *   needed.)
 */
export function bootScript(entry: string, preloads: string[]): string {
  return (
    `(function(){var done=false,h=document.head,p=${JSON.stringify(preloads)};` +
    `function add(i){if(i>=p.length)return;var l=document.createElement('link');l.rel='modulepreload';l.crossOrigin='';l.href=p[i];h.appendChild(l);setTimeout(function(){add(i+1)},0)}` +
    `function start(){if(done)return;done=true;var s=document.createElement('script');s.type='module';s.crossOrigin='';s.src=${JSON.stringify(entry)};h.appendChild(s);setTimeout(function(){add(0)},0)}` +
    `function later(){setTimeout(start,0)}` +
    `if(document.visibilityState==='hidden'){start();return}` +
    `var P=typeof PerformanceObserver==='function'&&PerformanceObserver.supportedEntryTypes&&PerformanceObserver.supportedEntryTypes.indexOf('paint')>=0;` +
    `if(P){new PerformanceObserver(function(l,o){if(l.getEntriesByName('first-contentful-paint').length){o.disconnect();later()}}).observe({type:'paint',buffered:true})}` +
    `else requestAnimationFrame(function(){requestAnimationFrame(later)});` +
    `setTimeout(start,${BOOT_FALLBACK_MS})})();\n`
  );
}

/**
 * A stylesheet of a lazy chunk (the entry's is linked from index.html already): for each of its selectors, the
 * classes an element path must carry for it to match.
 */
export interface ChunkStylesheet {
  href: string;
  selectors: string[][];
}

/**
 * The classes each selector of a stylesheet requires. What is inside parentheses (`:not(.x)`, `:is(.a, .b)`,
 * `:has(.x)`) is left out: those need not be on the page for the rule to match, so dropping them only makes
 * the requirement weaker, never wrong. Keyframe steps are not selectors, and rules under `@media print` do not
 * draw the screen.
 */
export function selectorRequirements(css: string): string[][] {
  const text = css.replace(/\/\*[\s\S]*?\*\//g, '');
  const requirements: string[][] = [];
  const open: string[] = [];
  let prelude = '';
  for (const char of text) {
    if (char === '{') {
      const current = prelude.trim();
      open.push(current);
      prelude = '';
      const keyframeStep = /^(from|to|[\d.]+%)(\s*,\s*(from|to|[\d.]+%))*$/.test(current);
      if (current.startsWith('@') || keyframeStep || open.some((rule) => /^@media\s+print\b/.test(rule))) continue;
      let selectors = current;
      // Innermost parentheses first, until none are left.
      while (/\([^()]*\)/.test(selectors)) selectors = selectors.replace(/\([^()]*\)/g, '');
      for (const selector of selectors.split(',')) {
        requirements.push([...selector.matchAll(/\.(-?[A-Za-z_][\w-]*)/g)].map((name) => name[1] ?? ''));
      }
    } else if (char === '}') {
      open.pop();
      prelude = '';
    } else if (char === ';') {
      prelude = '';
    } else {
      prelude += char;
    }
  }
  return requirements;
}

/**
 * The chunk stylesheets a page's first paint needs: those with a selector whose classes are all in the
 * prerendered markup (a selector requiring no class counts as matching). A rule that can match the markup is
 * thus always in a stylesheet kept. The others arrive with their chunk before it renders (Vite's preload
 * helper loads a chunk's CSS first), for what the page draws later.
 */
export function pageStylesheets(markup: string, sheets: readonly ChunkStylesheet[]): string[] {
  const used = new Set<string>();
  for (const attribute of markup.matchAll(/\sclass="([^"]*)"/g)) {
    for (const name of (attribute[1] ?? '').split(/\s+/)) if (name) used.add(name);
  }
  return sheets
    .filter((sheet) => sheet.selectors.some((classes) => classes.every((name) => used.has(name))))
    .map((sheet) => sheet.href);
}

/** The stylesheets of the lazy chunks (not those index.html links), with what their selectors require. */
function chunkStylesheets(
  bundle: Record<string, { type: string; fileName: string; source?: unknown }>,
  html: string,
): ChunkStylesheet[] {
  const linked = new Set([...html.matchAll(/<link rel="stylesheet"[^>]*href="([^"]+)"/g)].map((m) => m[1]));
  const sheets: ChunkStylesheet[] = [];
  for (const file of Object.values(bundle)) {
    if (file.type !== 'asset' || !file.fileName.endsWith('.css') || linked.has(`/${file.fileName}`)) continue;
    const css = typeof file.source === 'string' ? file.source : Buffer.from(file.source as Uint8Array).toString();
    sheets.push({ href: `/${file.fileName}`, selectors: selectorRequirements(css) });
  }
  return sheets;
}

/** The built index.html with one page's render in it. */
export function fillTemplate(
  template: string,
  lang: PageLanguage,
  page: RenderedPage,
  kind: 'page' | 'shell',
  stylesheets: readonly string[] = [],
): string {
  const root = [
    `<div id="root" data-lang="${lang}" data-page="${kind}"`,
    ` data-namespaces="${escapeHtml(page.namespaces.join(','))}"`,
    page.content.length > 0 ? ` data-content="${escapeHtml(page.content.join(','))}"` : '',
    `>${page.markup}</div>`,
  ].join('');
  const replaced = template
    .replace(/<html lang="[^"]*"/, `<html lang="${lang}"`)
    // Pages made of device data set their title once rendered on the device: until then, the app's name.
    .replace(/<title>[^<]*<\/title>/, `<title>${escapeHtml(page.title || APP_NAME)}</title>`)
    .replace(/(<meta\s+name="description"\s+content=")[^"]*(")/, `$1${escapeHtml(DESCRIPTIONS[lang])}$2`)
    .replace('<meta charset="UTF-8" />', `<meta charset="UTF-8" />\n    <script>${PREFERENCES_SCRIPT}</script>`)
    .replace('<div id="root"></div>', root)
    // After the entry's stylesheet, in the order the build listed them, as Vite's preload helper would add them.
    .replace(
      '</head>',
      `${stylesheets.map((href) => `<link rel="stylesheet" crossorigin href="${escapeHtml(href)}">`).join('')}</head>`,
    );
  if (!replaced.includes('data-page=') || !replaced.includes(PREFERENCES_SCRIPT)) {
    throw new Error('index.html no longer has the placeholders the prerender fills (#root, charset, title)');
  }
  return replaced;
}

/** What the bundle's chunks say of each other: enough to follow static imports (a subset of Rollup's OutputChunk). */
interface ChunkInfo {
  type: string;
  fileName: string;
  facadeModuleId?: string | null;
  imports?: string[];
}

/**
 * The boot's stages (src/app/boot/*, imported one after the other by src/main.tsx) and everything they import,
 * as URLs: every page needs them, so the boot script preloads them with the entry's own imports instead of
 * letting each stage's request wait for the stage before it.
 */
export function bootStagePreloads(bundle: Record<string, ChunkInfo>): string[] {
  const files = new Set<string>();
  const visit = (fileName: string) => {
    if (files.has(fileName)) return;
    files.add(fileName);
    for (const imported of bundle[fileName]?.imports ?? []) visit(imported);
  };
  for (const chunk of Object.values(bundle)) {
    if (chunk.type === 'chunk' && /[\\/]src[\\/]app[\\/]boot[\\/]/.test(chunk.facadeModuleId ?? '')) {
      visit(chunk.fileName);
    }
  }
  return [...files].map((fileName) => `/${fileName}`);
}

export function prerenderPlugin(rootDir: string): Plugin {
  let isSsrBuild = false;
  let define: Record<string, string> = {};
  return {
    name: 'limits-prerender',
    apply: 'build',
    configResolved(config) {
      isSsrBuild = Boolean(config.build.ssr);
      define = Object.fromEntries(Object.entries(config.define ?? {}).map(([k, v]) => [k, String(v)]));
    },
    async writeBundle(options, bundle) {
      if (isSsrBuild) return;
      const outDir = options.dir ?? join(rootDir, 'dist');
      // A fresh folder per build, imported without a query string: the SSR bundle's route chunks import its
      // entry by plain path, and a second copy of the entry (another URL) would not see what they record.
      const cacheDir = join(rootDir, 'node_modules', '.cache', 'limits-prerender');
      rmSync(cacheDir, { recursive: true, force: true });
      const ssrDir = join(cacheDir, String(Date.now()));
      await build({
        configFile: false,
        root: rootDir,
        mode: 'production',
        logLevel: 'warn',
        define,
        plugins: [react(), contentPackPlugin(join(rootDir, 'content'))],
        build: {
          ssr: 'src/app/prerender/render-page.tsx',
          outDir: ssrDir,
          emptyOutDir: true,
          minify: false,
          copyPublicDir: false,
        },
      });
      const renderer = (await import(pathToFileURL(join(ssrDir, 'render-page.js')).href)) as RenderModule;
      const built = takeScripts(readFileSync(join(outDir, 'index.html'), 'utf8'));
      const preloads = [...new Set([...built.preloads, ...bootStagePreloads(bundle as Record<string, ChunkInfo>)])];
      const boot = bootScript(
        built.entry,
        preloads.filter((href) => href !== built.entry),
      );
      const bootFile = `assets/boot-${createHash('sha256').update(boot).digest('hex').slice(0, 8)}.js`;
      writeFileSync(join(outDir, bootFile), boot);
      // At the end of the body, not in the head: in a cold start's trace the parser waited for a head script's
      // bytes (through the service worker) before parsing the body, even a deferred one.
      const template = built.html.replace('</body>', `  <script defer src="/${bootFile}"></script>\n  </body>`);
      const sheets = chunkStylesheets(bundle as Parameters<typeof chunkStylesheets>[0], built.html);
      const write = (file: string, html: string) => {
        mkdirSync(dirname(join(outDir, file)), { recursive: true });
        writeFileSync(join(outDir, file), html);
      };
      let count = 0;
      for (const lang of PAGE_LANGUAGES) {
        const shell = await renderer.renderShell(lang);
        const shellHtml = fillTemplate(template, lang, shell, 'shell', pageStylesheets(shell.markup, sheets));
        write(shellFile(lang), shellHtml);
        // Every page of the language again in one file, for the service worker's precache, each stored as its
        // differences from the shell (src/shared/pages-bundle.ts): they share their head and layout.
        const pages: Record<string, string> = {};
        for (const path of renderer.listPagePaths()) {
          const page = await renderer.renderPage(path, lang);
          const file = pageFile(lang, path);
          if (page.status !== 200 || !file) throw new Error(`Prerendering ${path} (${lang}) answered ${page.status}`);
          const html = fillTemplate(template, lang, page, 'page', pageStylesheets(page.markup, sheets));
          write(file, html);
          pages[file] = html;
          count++;
        }
        const bundle = packPages(shellHtml, pages);
        const unpacked = unpackPages(bundle);
        for (const [file, html] of Object.entries(pages)) {
          if (unpacked[file] !== html) throw new Error(`The pages bundle does not give back ${file} exactly`);
        }
        const json = JSON.stringify(bundle);
        write(pagesBundleFile(lang, createHash('sha256').update(json).digest('hex').slice(0, 8)), json);
      }
      this.info(`prerendered ${count} pages and ${PAGE_LANGUAGES.length} shells`);
    },
  };
}
