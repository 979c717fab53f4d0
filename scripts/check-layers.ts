/**
 * `npx tsx scripts/check-layers.ts [--graph]`: the folder-level import graph of src/ and server/, and a check
 * that it has no cycle (issue #17, "no cycle between folders"). ESLint's zones (eslint.config.js) say which layer
 * may import which; they cannot see a cycle between two modules of one layer (src/data/contacts ↔
 * src/data/team-sync was the one this issue found), so this script looks at every relative import of the
 * non-test sources and fails when:
 * - the layers (src/<top> folders, server) import each other in a cycle, or
 * - the modules (src/{shared,platform,data,ui,features}/<module>, each other top folder as one) do.
 * An import it cannot resolve is an error too: a graph with silent holes would pass every check.
 * Type-only imports count: a type cycle between two folders is still two concepts that need each other.
 * `--graph` prints both graphs (edge, number of importing files) for docs/ARCHITECTURE.md.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';

/** Folders whose sub-folders are modules of their own (one concept each); other top folders are one unit. */
const MODULE_LAYERS = new Set(['shared', 'platform', 'data', 'ui', 'features']);
const SOURCE = /\.(ts|tsx)$/;
const TEST = /\.test\.(ts|tsx)$/;
const EXTENSIONS = ['.ts', '.tsx', '/index.ts', '/index.tsx'];

export interface LayerReport {
  files: number;
  /** Edges between layers, each with the number of importing files. */
  layers: Map<string, number>;
  /** Edges between modules, each with the number of importing files. */
  modules: Map<string, number>;
  /** Each cycle as its members; an example import per edge explains it. */
  layerCycles: string[][];
  moduleCycles: string[][];
  unresolved: string[];
  /** One file-level import for each folder-level edge, to show where a cycle comes from. */
  examples: Map<string, string>;
}

function listSources(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return listSources(full);
    return SOURCE.test(entry.name) && !TEST.test(entry.name) && !entry.name.endsWith('.d.ts') ? [full] : [];
  });
}

/** Every module specifier of a file: imports, re-exports, `import()` and `import('x').T` (TypeScript's scanner). */
export function importsOf(text: string): string[] {
  return ts.preProcessFile(text, true, true).importedFiles.map((file) => file.fileName);
}

function resolve(fromFile: string, specifier: string): string | null {
  const base = path.resolve(path.dirname(fromFile), specifier.replace(/\?.*$/, ''));
  if (existsSync(base) && statSync(base).isFile()) return base;
  for (const extension of EXTENSIONS) if (existsSync(base + extension)) return base + extension;
  return null;
}

/** `src/data/contacts/x.ts` → layer `src/data`, module `src/data/contacts`; `server/a/b.ts` → `server`. */
export function unitsOf(relative: string): { layer: string; module: string } | null {
  const parts = relative.split('/');
  if (parts[0] === 'server') return { layer: 'server', module: 'server' };
  if (parts[0] !== 'src' || parts.length < 2) return null;
  const layer = parts.length === 2 ? relative : `src/${parts[1]}`;
  const module = parts.length > 3 && MODULE_LAYERS.has(parts[1] ?? '') ? `${layer}/${parts[2]}` : layer;
  return { layer, module };
}

/** Strongly connected components with more than one member (Tarjan), each sorted, largest first. */
export function findCycles(edges: Iterable<string>): string[][] {
  const next = new Map<string, string[]>();
  for (const edge of edges) {
    const [from, to] = edge.split(' -> ') as [string, string];
    next.set(from, [...(next.get(from) ?? []), to]);
    if (!next.has(to)) next.set(to, []);
  }
  let counter = 0;
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const cycles: string[][] = [];
  const connect = (node: string): void => {
    index.set(node, counter);
    low.set(node, counter);
    counter += 1;
    stack.push(node);
    onStack.add(node);
    for (const target of next.get(node) ?? []) {
      if (!index.has(target)) {
        connect(target);
        low.set(node, Math.min(low.get(node)!, low.get(target)!));
      } else if (onStack.has(target)) {
        low.set(node, Math.min(low.get(node)!, index.get(target)!));
      }
    }
    if (low.get(node) !== index.get(node)) return;
    const component: string[] = [];
    let member: string | undefined;
    do {
      member = stack.pop()!;
      onStack.delete(member);
      component.push(member);
    } while (member !== node);
    if (component.length > 1) cycles.push(component.sort());
  };
  for (const node of [...next.keys()].sort()) if (!index.has(node)) connect(node);
  return cycles.sort((a, b) => b.length - a.length || a[0]!.localeCompare(b[0]!));
}

function count(map: Map<string, Set<string>>): Map<string, number> {
  return new Map([...map].sort(([a], [b]) => a.localeCompare(b)).map(([edge, files]) => [edge, files.size]));
}

/** Reads src/ and server/ under `root` and builds both graphs. */
export function checkLayers(root: string): LayerReport {
  const files = [...listSources(path.join(root, 'src')), ...listSources(path.join(root, 'server'))];
  const layers = new Map<string, Set<string>>();
  const modules = new Map<string, Set<string>>();
  const examples = new Map<string, string>();
  const unresolved: string[] = [];
  const add = (graph: Map<string, Set<string>>, from: string, to: string, file: string, target: string): void => {
    if (from === to) return;
    const edge = `${from} -> ${to}`;
    graph.set(edge, (graph.get(edge) ?? new Set()).add(file));
    if (!examples.has(edge)) examples.set(edge, `${file} imports ${target}`);
  };
  for (const file of files) {
    const relative = path.relative(root, file).split(path.sep).join('/');
    const own = unitsOf(relative);
    if (!own) continue;
    for (const specifier of importsOf(readFileSync(file, 'utf8'))) {
      if (!specifier.startsWith('.')) continue;
      const resolved = resolve(file, specifier);
      if (!resolved) {
        unresolved.push(`${relative}: ${specifier}`);
        continue;
      }
      const target = path.relative(root, resolved).split(path.sep).join('/');
      const theirs = unitsOf(target);
      if (!theirs) continue;
      add(layers, own.layer, theirs.layer, relative, target);
      add(modules, own.module, theirs.module, relative, target);
    }
  }
  return {
    files: files.length,
    layers: count(layers),
    modules: count(modules),
    layerCycles: findCycles(layers.keys()),
    moduleCycles: findCycles(modules.keys()),
    unresolved,
    examples,
  };
}

function describeCycle(cycle: string[], report: LayerReport): string {
  const members = new Set(cycle);
  const edges = [...report.examples].filter(([edge]) => {
    const [from, to] = edge.split(' -> ');
    return members.has(from!) && members.has(to!);
  });
  return `  ${cycle.join(' ⇄ ')}\n${edges.map(([edge, example]) => `    ${edge}: ${example}`).join('\n')}`;
}

function main(): void {
  const root = fileURLToPath(new URL('..', import.meta.url));
  const report = checkLayers(root);
  if (process.argv.includes('--graph')) {
    console.log('layer edges (importing files):');
    for (const [edge, files] of report.layers) console.log(`  ${edge} (${files})`);
    console.log('module edges (importing files):');
    for (const [edge, files] of report.modules) console.log(`  ${edge} (${files})`);
  }
  const problems = [
    ...report.unresolved.map((line) => `unresolved import ${line}`),
    ...report.layerCycles.map((cycle) => `layer cycle:\n${describeCycle(cycle, report)}`),
    ...report.moduleCycles.map((cycle) => `module cycle:\n${describeCycle(cycle, report)}`),
  ];
  if (problems.length > 0) {
    console.error(problems.join('\n'));
    process.exit(1);
  }
  console.log(
    `layers: ${report.files} files, ${report.layers.size} layer edges, ${report.modules.size} module edges, no cycle`,
  );
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) main();
