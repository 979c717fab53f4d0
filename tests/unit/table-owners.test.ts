/**
 * Each user-data table has its owner modules, and only they touch its Dexie table (issue #17). For contacts it is
 * what makes the outbox reliable: the contact store announces every change to send (src/data/contacts/
 * contact-events.ts), so a new module writing contact rows itself would save changes the sync does not hear of
 * until its timer. The settings table (`syncMeta`) is touched only by src/platform/db/settings.ts, and each of
 * its keys is defined by one owner module. Parses every source file under src/ and lists where `db.<table>`,
 * `getDb().<table>` or `db.table('<table>')` appears (naming a table in a transaction scope, `TABLES.<table>`,
 * is not touching it) and where `defineSetting(SETTING_KEYS.<key>, …)` is called.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { SETTING_KEYS } from '../../src/platform/db/settings';

const ROOT = resolve(import.meta.dirname, '../..');

/** Who may touch each table, besides src/platform/db (which declares them). */
const OWNERS: Record<string, readonly string[]> = {
  // The store writes every change (and announces it); the queries read; the migration re-seals the same
  // content; retention and sign-out remove rows the server already has, or everything on purpose.
  contacts: [
    'src/data/contacts/contact-store.ts',
    'src/data/contacts/contact-queries.ts',
    'src/data/contacts/contact-migration.ts',
    'src/data/device-lock/device-data.ts',
  ],
  contactDrafts: [
    'src/data/contacts/contact-store.ts',
    'src/data/contacts/contact-migration.ts',
    'src/data/device-lock/device-data.ts',
  ],
  // The dashboard's last reports (issue #16): the stats store keeps them; the sign-out wipe removes them.
  statsReports: ['src/data/stats/stats-store.ts', 'src/data/device-lock/device-data.ts'],
  // Every setting goes through its owner's typed accessor (src/platform/db/settings.ts).
  syncMeta: [],
};

/** The one module that defines each setting (the owners named in SETTING_KEYS' comments). */
const SETTING_OWNERS: Record<keyof typeof SETTING_KEYS, string> = {
  team: 'src/data/team/sync-meta.ts',
  syncStatus: 'src/data/team/sync-meta.ts',
  directory: 'src/data/directory/directory-settings.ts',
  vault: 'src/data/device-lock/key-record.ts',
  vaultMigrationDone: 'src/data/contacts/contact-migration.ts',
  retention: 'src/data/device-lock/device-data.ts',
  lock: 'src/data/device-lock/device-data.ts',
};

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return /\.tsx?$/.test(name) && !/\.test\.tsx?$/.test(name) ? [path] : [];
  });
}

const DB_HANDLE = /(^|\.)db$|getDb\(\)$/;

/** The tables a file touches through the database handle, and the settings it defines. */
function scan(file: string): { tables: Set<string>; settings: string[] } {
  const source = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true);
  const found = new Set<string>();
  const settings: string[] = [];
  const visit = (node: ts.Node): void => {
    if (ts.isCallExpression(node) && node.expression.getText(source) === 'defineSetting') {
      const [key] = node.arguments;
      settings.push(key && ts.isPropertyAccessExpression(key) ? key.name.text : `(not a SETTING_KEYS member)`);
    }
    if (ts.isPropertyAccessExpression(node) && DB_HANDLE.test(node.expression.getText(source))) {
      if (node.name.text === 'table') {
        const call = node.parent;
        const [first] = ts.isCallExpression(call) ? call.arguments : [];
        if (first && ts.isStringLiteralLike(first)) found.add(first.text);
      } else found.add(node.name.text);
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return { tables: found, settings };
}

const touching = new Map<string, string[]>();
const defining = new Map<string, string[]>();
for (const file of sourceFiles(join(ROOT, 'src'))) {
  const path = relative(ROOT, file).split('\\').join('/');
  const { tables, settings } = scan(file);
  for (const key of settings) defining.set(key, [...(defining.get(key) ?? []), path]);
  if (path.startsWith('src/platform/db/')) continue;
  for (const table of tables) touching.set(table, [...(touching.get(table) ?? []), path]);
}

describe('table owners', () => {
  it.each(Object.entries(OWNERS))('only the owners of %s touch it', (table, owners) => {
    expect((touching.get(table) ?? []).sort()).toEqual([...owners].sort());
  });

  it('sees a table touched outside its owners (the check itself works)', () => {
    expect(touching.get('directoryEntries')?.length).toBeGreaterThan(0);
  });

  it('defines each setting once, in its owner module, and nothing but the listed keys', () => {
    const expected = Object.fromEntries(Object.entries(SETTING_OWNERS).map(([key, owner]) => [key, [owner]]));
    expect(Object.fromEntries(defining)).toEqual(expected);
    expect(Object.keys(SETTING_OWNERS).sort()).toEqual(Object.keys(SETTING_KEYS).sort());
  });
});
