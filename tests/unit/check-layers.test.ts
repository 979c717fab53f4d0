// @vitest-environment node
/**
 * scripts/check-layers.ts must see a cycle between folders where there is one, and only there: a tiny tree of
 * a few files in a temporary folder, laid out like src/, with one cycle added at a time.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { checkLayers, findCycles, importsOf, unitsOf } from '../../scripts/check-layers';

let root: string;

function write(relative: string, text: string): void {
  const file = path.join(root, relative);
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(file, text);
}

beforeEach(() => {
  root = mkdtempSync(path.join(tmpdir(), 'check-layers-'));
  // One way down: app → feature → data → platform → shared; the server on shared only.
  write('src/shared/protocol/protocol.ts', 'export const LIMIT = 1;\n');
  write('src/platform/db/db.ts', "import { LIMIT } from '../../shared/protocol/protocol';\nexport const db = LIMIT;\n");
  write('src/data/contacts/contact-store.ts', "import { db } from '../../platform/db/db';\nexport const save = db;\n");
  write(
    'src/data/team-sync/sync-client.ts',
    "import { save } from '../contacts/contact-store';\nexport const sync = save;\n",
  );
  write('src/features/contacts/index.ts', "export { save } from '../../data/contacts/contact-store';\n");
  write('src/features/contacts/form.test.ts', "import '../../app/app';\n");
  write('src/app/app.tsx', "const page = () => import('../features/contacts');\nexport default page;\n");
  write('server/routes/sync.ts', "import type { LIMIT } from '../../src/shared/protocol/protocol';\n");
});

afterEach(() => {
  rmSync(root, { recursive: true, force: true });
});

describe('check-layers (issue #17: no cycle between folders)', () => {
  it('reads imports, re-exports, dynamic and type imports, and nothing in comments or strings', () => {
    const text = [
      "import type { A } from './a';",
      "export * from './b';",
      "const c = () => import('./c');",
      "let d: import('./d').D;",
      "// import e from './comment';",
      'const f = "import f from \'./string\'";',
    ].join('\n');
    expect(importsOf(text)).toEqual(['./a', './b', './c', './d']);
  });

  it('names the layer and the module of a file', () => {
    expect(unitsOf('src/data/contacts/referrals/x.ts')).toEqual({ layer: 'src/data', module: 'src/data/contacts' });
    expect(unitsOf('src/shared/csv.ts')).toEqual({ layer: 'src/shared', module: 'src/shared' });
    expect(unitsOf('src/app/pages/x.tsx')).toEqual({ layer: 'src/app', module: 'src/app' });
    expect(unitsOf('src/main.tsx')).toEqual({ layer: 'src/main.tsx', module: 'src/main.tsx' });
    expect(unitsOf('server/routes/sync.ts')).toEqual({ layer: 'server', module: 'server' });
    expect(unitsOf('scripts/start.ts')).toBeNull();
  });

  it('finds each cycle once, and none in a chain', () => {
    expect(findCycles(['a -> b', 'b -> c'])).toEqual([]);
    expect(findCycles(['a -> b', 'b -> c', 'c -> a', 'd -> e', 'e -> d', 'c -> d'])).toEqual([
      ['a', 'b', 'c'],
      ['d', 'e'],
    ]);
  });

  it('passes a tree that goes one way, and lists its folder-level edges (tests left out)', () => {
    const report = checkLayers(root);
    expect(report.layerCycles).toEqual([]);
    expect(report.moduleCycles).toEqual([]);
    expect(report.unresolved).toEqual([]);
    expect(report.files).toBe(7);
    expect([...report.layers.keys()]).toEqual([
      'server -> src/shared',
      'src/app -> src/features',
      'src/data -> src/platform',
      'src/features -> src/data',
      'src/platform -> src/shared',
    ]);
    expect(report.modules.get('src/data/team-sync -> src/data/contacts')).toBe(1);
  });

  it('fails on a cycle between two data modules, naming the import that closes it', () => {
    write(
      'src/data/contacts/has-team.ts',
      "import { sync } from '../team-sync/sync-client';\nexport const x = sync;\n",
    );
    const report = checkLayers(root);
    expect(report.layerCycles).toEqual([]);
    expect(report.moduleCycles).toEqual([['src/data/contacts', 'src/data/team-sync']]);
    expect(report.examples.get('src/data/contacts -> src/data/team-sync')).toBe(
      'src/data/contacts/has-team.ts imports src/data/team-sync/sync-client.ts',
    );
  });

  it('fails on a cycle between layers', () => {
    write('src/platform/db/tables.ts', "import type { save } from '../../data/contacts/contact-store';\n");
    const report = checkLayers(root);
    expect(report.layerCycles).toEqual([['src/data', 'src/platform']]);
  });

  it('reports an import it cannot resolve instead of leaving a hole in the graph', () => {
    write('src/ui/components/icon.tsx', "import { gone } from '../../platform/missing';\n");
    expect(checkLayers(root).unresolved).toEqual(['src/ui/components/icon.tsx: ../../platform/missing']);
  });
});
