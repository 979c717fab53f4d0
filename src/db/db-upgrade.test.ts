/**
 * Opens databases written by older app versions with the current code and checks the user's data survives.
 * Each shipped schema is frozen here as a fixture (a copy, not an import): editing a shipped version in
 * schema-versions.ts instead of adding a new one fails this test.
 */
import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import { describe, expect, it } from 'vitest';
import { LimitsDb } from './db';
import { SCHEMA_VERSIONS } from './schema-versions';

const SHIPPED: Record<number, Record<string, string>> = {
  1: {
    sections: 'id, order, parent',
    footnotes: 'number',
    terms: 'id, sortKey',
    schemes: 'id, category, sortKey',
    checklists: 'id, kind, scheme',
    tableFactors: 'id, order',
    contentMeta: 'key',
    favourites: '[kind+id], createdAt',
    checklistRuns: 'id, checklistId, [checklistId+startedAt], updatedAt',
  },
  2: {
    contacts: 'id, occurredAt, updatedAt, syncState, [syncState+updatedAt]',
    contactDrafts: 'key, updatedAt',
    syncMeta: 'key',
  },
};

describe('database upgrades', () => {
  it('never edits a shipped schema version', () => {
    for (const [version, stores] of Object.entries(SHIPPED)) {
      expect(SCHEMA_VERSIONS.find((v) => v.version === Number(version))?.stores).toEqual(stores);
    }
  });

  it.each(Object.keys(SHIPPED).map(Number))('opens a version %i database and keeps the user data', async (version) => {
    const name = `upgrade-from-${version}`;
    // Write the old database exactly as that version of the app did.
    const old = new Dexie(name);
    for (const v of Object.keys(SHIPPED)
      .map(Number)
      .filter((v) => v <= version))
      old.version(v).stores(SHIPPED[v]!);
    // (Dexie carries the tables of earlier versions forward, like the app's own declaration does.)
    await old.open();
    await old.table('favourites').put({ kind: 'scheme', id: 'cej', createdAt: '2025-05-01T10:00:00.000Z' });
    await old.table('checklistRuns').put({
      id: 'run-a',
      checklistId: 'rao-procedure',
      startedAt: '2025-05-01T10:00:00.000Z',
      updatedAt: '2025-05-02T10:00:00.000Z',
      ticked: ['a', 'b'],
    });
    await old.table('contentMeta').put({ key: 'pack', version: '2024.08.0', date: '2025-01-01', lang: 'en' });
    old.close();

    const db = new LimitsDb(name);
    await db.open();
    expect(db.verno).toBe(SCHEMA_VERSIONS.at(-1)?.version);
    expect(await db.favourites.get(['scheme', 'cej'])).toMatchObject({ createdAt: '2025-05-01T10:00:00.000Z' });
    expect((await db.checklistRuns.get('run-a'))?.ticked).toEqual(['a', 'b']);
    expect(await db.checklistRuns.where('checklistId').equals('rao-procedure').count()).toBe(1);
    db.close();
    await Dexie.delete(name);
  });
});
