import fs from 'node:fs';
import path from 'node:path';

/**
 * Everything (relative to the repo root) that can change what `vite build`
 * emits. Beyond the obvious sources: package.json (its version is baked into
 * the bundle) and scripts/ (the Vite config imports its content-pack and
 * manifest plugins from there). A spurious rebuild costs seconds; a stale
 * build serves field workers outdated guidance, so err towards rebuilding.
 */
export const BUILD_INPUTS = [
  'src',
  'content',
  'locales',
  'public',
  'scripts',
  'index.html',
  'vite.config.ts',
  'package.json',
] as const;

const SKIPPED_DIRS = new Set(['node_modules', '.git']);

/** Newest modification time (ms) among `target` and, for a directory, everything under it. */
function newestMtime(target: string): { mtimeMs: number; file: string } | undefined {
  let stat: fs.Stats;
  try {
    stat = fs.statSync(target);
  } catch {
    return undefined; // Optional inputs (e.g. locales/) may not exist yet.
  }
  if (!stat.isDirectory()) return { mtimeMs: stat.mtimeMs, file: target };
  let newest: { mtimeMs: number; file: string } | undefined;
  for (const entry of fs.readdirSync(target, { withFileTypes: true })) {
    if (entry.isDirectory() && SKIPPED_DIRS.has(entry.name)) continue;
    const candidate = newestMtime(path.join(target, entry.name));
    if (candidate && (!newest || candidate.mtimeMs > newest.mtimeMs)) newest = candidate;
  }
  return newest;
}

/**
 * Why the build in `distDir` must be redone, or `null` when it is up to date.
 * dist/index.html is the marker: Vite writes it last-ish on every build.
 */
export function staleBuildReason(
  rootDir: string,
  distDir: string,
  inputs: readonly string[] = BUILD_INPUTS,
): string | null {
  const marker = path.join(distDir, 'index.html');
  let builtAt: number;
  try {
    builtAt = fs.statSync(marker).mtimeMs;
  } catch {
    return `${path.relative(rootDir, marker) || marker} does not exist`;
  }
  for (const input of inputs) {
    const newest = newestMtime(path.join(rootDir, input));
    if (newest && newest.mtimeMs > builtAt) {
      return `${path.relative(rootDir, newest.file)} changed after the last build`;
    }
  }
  return null;
}
