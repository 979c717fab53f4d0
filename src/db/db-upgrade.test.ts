/**
 * Opens databases written by older app versions with the current code and checks the user's data survives.
 * Each shipped schema is frozen here as a fixture (a copy, not an import): editing a shipped version in
 * schema-versions.ts instead of adding a new one fails this test.
 */
import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import { describe, expect, it } from 'vitest';
import { testContentPack } from '../../tests/unit/test-content';
import { contentTables } from './content-tables';
import { LimitsDb } from './db';
import { SCHEMA_VERSIONS } from './schema-versions';
import { ensureContentSeeded, readContentMeta } from './seed-content';
import type { USER_TABLES } from './tables';

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
  3: {
    sectionsFr: 'id, order, parent',
    footnotesFr: 'number',
    termsFr: 'id, sortKey',
    schemesFr: 'id, category, sortKey',
    checklistsFr: 'id, kind, scheme',
    tableFactorsFr: 'id, order',
  },
  4: {
    directoryEntries: 'id, schemeId, source',
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

describe('upgrade to the bilingual content (schema v3, issue #7)', () => {
  const name = 'upgrade-v2-to-bilingual';
  // One row in every user table, as a v2 app wrote them (the directory came with v4).
  const userRows: Record<Exclude<(typeof USER_TABLES)[number], 'directoryEntries'>, unknown[]> = {
    favourites: [
      { kind: 'scheme', id: 'cej', createdAt: '2025-05-01T10:00:00.000Z' },
      { kind: 'section', id: '2-4-2', createdAt: '2025-05-03T10:00:00.000Z' },
    ],
    checklistRuns: [
      {
        id: 'run-a',
        checklistId: 'referral-cej',
        startedAt: '2025-05-01T10:00:00.000Z',
        updatedAt: '2025-05-02T10:00:00.000Z',
        ticked: ['explain', 'consent'],
      },
    ],
    contacts: [
      {
        id: '2b0f3c7e-8a4d-4f5e-9c1a-0d2e3f4a5b6c',
        revision: 2,
        createdAt: '2025-05-01T10:00:00.000Z',
        updatedAt: '2025-05-01T11:00:00.000Z',
        occurredAt: '2025-05-01T09:30:00+02:00',
        deleted: false,
        body: {
          schemaVersion: 1,
          occurredAt: '2025-05-01T09:30:00+02:00',
          ageBands: [],
          topics: [],
          signals: [],
          schemes: ['cej'],
        },
        syncState: 'pending',
        syncedRevision: 1,
        pendingSince: '2025-05-01T11:00:00.000Z',
      },
    ],
    contactDrafts: [{ key: 'new', updatedAt: '2025-05-01T12:00:00.000Z', values: { note: 'typed' } }],
    syncMeta: [{ key: 'team', value: { url: 'https://sync.example.org', joinedAt: '2025-04-01T00:00:00.000Z' } }],
  };

  it('opens a v2 database with English content, keeps every user table, then seeds French beside English', async () => {
    const old = new Dexie(name);
    old.version(1).stores(SHIPPED[1]!);
    old.version(2).stores(SHIPPED[2]!);
    await old.open();
    for (const [table, rows] of Object.entries(userRows)) await old.table(table).bulkPut(rows);
    const en = testContentPack('en');
    await old.table('sections').bulkPut(en.guide.sections.map((section, order) => ({ ...section, order })));
    await old.table('contentMeta').put({ key: 'pack', version: en.version, date: en.date, lang: 'en', seedFormat: 1 });
    old.close();

    const db = new LimitsDb(name);
    await db.open();
    expect(db.verno).toBe(SCHEMA_VERSIONS.at(-1)?.version);
    const keep = async () => {
      for (const [table, rows] of Object.entries(userRows)) {
        expect(await db.table(table).toArray(), table).toEqual(rows);
      }
    };
    await keep();
    // The English content of v2 is still readable before the re-seed; the French tables exist, empty.
    expect(await db.sections.count()).toBe(en.guide.sections.length);
    expect(await db.sectionsFr.count()).toBe(0);

    // The next start re-seeds (SEED_FORMAT changed) both languages and leaves the user tables alone.
    const packs = [en, testContentPack('fr')];
    const result = await ensureContentSeeded(db, { version: en.version, langs: ['en', 'fr'] }, async () => packs);
    expect(result).toBe('seeded');
    await keep();
    for (const pack of packs) {
      expect(await contentTables(db, pack.lang).schemes.count()).toBe(pack.schemes.length);
      expect((await readContentMeta(db, pack.lang))?.lang).toBe(pack.lang);
    }
    // The favourite and the run point at ids that exist in both languages.
    expect(await db.schemesFr.get('cej')).toBeDefined();
    expect((await db.checklistsFr.get('referral-cej'))?.steps.map((step) => step.id)).toEqual(
      expect.arrayContaining(['explain', 'consent']),
    );
    db.close();
    await Dexie.delete(name);
  });
});

describe('upgrade to the team directory (schema v4, issue #5, [S87])', () => {
  const name = 'upgrade-v3-to-directory';
  // Rows in every user table that existed before v4, as a v3 app wrote them.
  const userRows: Record<Exclude<(typeof USER_TABLES)[number], 'directoryEntries'>, unknown[]> = {
    favourites: [{ kind: 'scheme', id: 'cej', createdAt: '2025-05-01T10:00:00.000Z' }],
    checklistRuns: [
      {
        id: 'run-a',
        checklistId: 'referral-cej',
        startedAt: '2025-05-01T10:00:00.000Z',
        updatedAt: '2025-05-02T10:00:00.000Z',
        ticked: ['explain'],
      },
    ],
    contacts: [
      {
        id: '2b0f3c7e-8a4d-4f5e-9c1a-0d2e3f4a5b6c',
        revision: 3,
        createdAt: '2025-05-01T10:00:00.000Z',
        updatedAt: '2025-05-01T11:00:00.000Z',
        occurredAt: '2025-05-01T09:30:00+02:00',
        deleted: false,
        body: {
          schemaVersion: 1,
          occurredAt: '2025-05-01T09:30:00+02:00',
          ageBands: ['16-17'],
          topics: [],
          signals: [],
          schemes: ['cej'],
        },
        syncState: 'synced',
        syncedRevision: 3,
      },
    ],
    contactDrafts: [{ key: 'new', updatedAt: '2025-05-01T12:00:00.000Z', values: { place: 'Hall B' } }],
    syncMeta: [
      { key: 'status', value: { attempt: 0, lastSuccessAt: '2025-05-01T11:00:00.000Z' } },
      { key: 'team', value: { serverUrl: 'https://sync.example.org', token: 't', team: 'Nord', role: 'worker' } },
    ],
  };

  it('opens a v3 database, keeps every user table and adds an empty directory', async () => {
    const old = new Dexie(name);
    for (const v of [1, 2, 3]) old.version(v).stores(SHIPPED[v]!);
    await old.open();
    for (const [table, rows] of Object.entries(userRows)) await old.table(table).bulkPut(rows);
    old.close();

    const db = new LimitsDb(name);
    await db.open();
    expect(db.verno).toBe(5);
    for (const [table, rows] of Object.entries(userRows)) {
      expect(await db.table(table).toArray(), table).toEqual(rows);
    }
    expect(await db.directoryEntries.count()).toBe(0);
    // The new table's indexes work.
    await db.directoryEntries.put({
      id: '0b5f4a1e-2c3d-4e5f-8a9b-0c1d2e3f4a5b',
      schemeId: 'cej',
      name: 'Mission locale de Lille',
      source: 'device',
    });
    expect(await db.directoryEntries.where('schemeId').equals('cej').count()).toBe(1);
    expect(await db.directoryEntries.where('source').equals('team').count()).toBe(0);
    db.close();
    await Dexie.delete(name);
  });

  it('opens a v4 database, keeps every contact, and counts the stale ones by the new pendingSince index', async () => {
    const name = 'upgrade-v4-pending-since';
    const old = new Dexie(name);
    for (const v of [1, 2, 3, 4]) old.version(v).stores(SHIPPED[v]!);
    await old.open();
    const contact = (id: string, syncState: string, pendingSince?: string) => ({
      id,
      revision: 1,
      createdAt: '2025-05-01T10:00:00.000Z',
      updatedAt: '2025-05-09T10:00:00.000Z',
      occurredAt: '2025-05-01T09:30:00+02:00',
      deleted: false,
      body: {
        schemaVersion: 1,
        occurredAt: '2025-05-01T09:30:00+02:00',
        ageBands: [],
        topics: [],
        signals: [],
        schemes: [],
      },
      syncState,
      syncedRevision: syncState === 'synced' ? 1 : 0,
      ...(pendingSince ? { pendingSince } : {}),
    });
    const rows = [
      // Edited again lately, but waiting since long before: stale although its updatedAt is recent.
      contact('00000000-0000-4000-8000-000000000001', 'pending', '2025-05-01T10:00:00.000Z'),
      contact('00000000-0000-4000-8000-000000000002', 'rejected', '2025-05-02T10:00:00.000Z'),
      contact('00000000-0000-4000-8000-000000000003', 'pending', '2025-05-09T10:00:00.000Z'),
      contact('00000000-0000-4000-8000-000000000004', 'synced'),
    ];
    await old.table('contacts').bulkPut(rows);
    old.close();

    const db = new LimitsDb(name);
    await db.open();
    expect(db.verno).toBe(5);
    expect(await db.contacts.toArray()).toEqual(rows);
    expect(await db.contacts.where('pendingSince').below('2025-05-05T00:00:00.000Z').count()).toBe(2);
    expect(await db.contacts.where('pendingSince').below('2025-06-01T00:00:00.000Z').count()).toBe(3);
    db.close();
    await Dexie.delete(name);
  });
});
