/**
 * Opens databases written by older app versions with the current code and checks the user's data survives.
 * Each shipped schema is frozen here as a fixture (a copy, not an import): editing a shipped version in
 * schema-versions.ts instead of adding a new one fails this test.
 */
import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import { describe, expect, it } from 'vitest';
import { testContentPack } from '../../../tests/unit/test-content';
import { withListedAt } from './contact-listing';
import { LimitsDb } from './db';
import { SCHEMA_VERSIONS } from './schema-versions';
import { CONTENT_TABLES, USER_TABLES } from './tables';

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
  5: {
    contacts: 'id, occurredAt, updatedAt, syncState, [syncState+updatedAt], pendingSince',
  },
};

/** Rows as the current version keeps them: contacts gain their list index (schema v8, db-upgrade-listing.test.ts). */
function asStored(table: string, rows: readonly unknown[]): unknown[] {
  return table === 'contacts' ? rows.map((row) => withListedAt(row as Parameters<typeof withListedAt>[0])) : [...rows];
}

/** The tables IndexedDB itself holds (not what Dexie declares). */
function storedTables(name: string): Promise<string[]> {
  return new Promise((resolve, reject) => {
    const request = indexedDB.open(name);
    request.onsuccess = () => {
      const names = [...request.result.objectStoreNames];
      request.result.close();
      resolve(names.sort());
    };
    request.onerror = () => reject(request.error ?? new Error('open failed'));
  });
}

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

describe('content tables deleted, user data kept (schema v6, issue #11)', () => {
  // One row in every user table, as the versions that had them wrote them.
  const userRows: Record<(typeof USER_TABLES)[number], unknown[]> = {
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
    directoryEntries: [
      { id: '0b5f4a1e-2c3d-4e5f-8a9b-0c1d2e3f4a5b', schemeId: 'cej', name: 'Mission locale', source: 'device' },
    ],
    statsReports: [],
  };
  const tableSince: Record<(typeof USER_TABLES)[number], number> = {
    favourites: 1,
    checklistRuns: 1,
    contacts: 2,
    contactDrafts: 2,
    syncMeta: 2,
    directoryEntries: 4,
    statsReports: 7,
  };

  it('deletes exactly the content tables and contentMeta', () => {
    const v6 = SCHEMA_VERSIONS.find((v) => v.version === 6);
    expect(v6?.stores).toEqual(Object.fromEntries(CONTENT_TABLES.map((table) => [table, null])));
    expect(v6?.upgrade).toBeUndefined();
  });

  it.each(Object.keys(SHIPPED).map(Number))(
    'a version %i database, seeded with content, keeps every user row and loses the content tables',
    async (version) => {
      const name = `upgrade-v${version}-drops-content`;
      const old = new Dexie(name);
      const versions = Object.keys(SHIPPED)
        .map(Number)
        .filter((v) => v <= version);
      for (const v of versions) old.version(v).stores(SHIPPED[v]!);
      await old.open();
      const kept = Object.entries(userRows).filter(([table]) => tableSince[table as keyof typeof userRows] <= version);
      for (const [table, rows] of kept) await old.table(table).bulkPut(rows);
      // Content as the seeding wrote it, in every content table this version had.
      const en = testContentPack('en');
      const contentTables = old.tables
        .map((table) => table.name)
        .filter((table) => !USER_TABLES.includes(table as never));
      expect(contentTables.length).toBeGreaterThan(0);
      for (const table of contentTables) {
        if (table === 'contentMeta') await old.table(table).put({ key: 'pack', version: en.version, lang: 'en' });
        else if (table.startsWith('footnotes')) await old.table(table).bulkPut(en.guide.footnotes);
        else if (table.startsWith('sections')) {
          await old.table(table).bulkPut(en.guide.sections.map((section, order) => ({ ...section, order })));
        } else if (table.startsWith('schemes')) {
          await old.table(table).bulkPut(en.schemes.map((scheme) => ({ ...scheme, sortKey: scheme.id })));
        } else if (table.startsWith('terms')) {
          await old.table(table).bulkPut(en.vocabulary.map((entry) => ({ ...entry, sortKey: entry.id })));
        } else if (table.startsWith('checklists')) await old.table(table).bulkPut(en.checklists);
        else await old.table(table).bulkPut(en.table1.factors.map((factor, order) => ({ ...factor, order })));
      }
      old.close();

      const db = new LimitsDb(name);
      await db.open();
      expect(db.verno).toBe(SCHEMA_VERSIONS.at(-1)?.version);
      for (const [table, rows] of kept) expect(await db.table(table).toArray(), table).toEqual(asStored(table, rows));
      expect(db.tables.map((table) => table.name).sort()).toEqual([...USER_TABLES].sort());
      db.close();
      // IndexedDB itself no longer holds them: the space is freed.
      expect(await storedTables(name)).toEqual([...USER_TABLES].sort());
      await Dexie.delete(name);
    },
  );
});

describe('upgrade to the team directory (schema v4, issue #5, [S87])', () => {
  const name = 'upgrade-v3-to-directory';
  // Rows in every user table that existed before v4, as a v3 app wrote them.
  const userRows: Record<Exclude<(typeof USER_TABLES)[number], 'directoryEntries' | 'statsReports'>, unknown[]> = {
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
    expect(db.verno).toBe(SCHEMA_VERSIONS.at(-1)?.version);
    for (const [table, rows] of Object.entries(userRows)) {
      expect(await db.table(table).toArray(), table).toEqual(asStored(table, rows));
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
    expect(db.verno).toBe(SCHEMA_VERSIONS.at(-1)?.version);
    expect(await db.contacts.toArray()).toEqual(asStored('contacts', rows));
    expect(await db.contacts.where('pendingSince').below('2025-05-05T00:00:00.000Z').count()).toBe(2);
    expect(await db.contacts.where('pendingSince').below('2025-06-01T00:00:00.000Z').count()).toBe(3);
    db.close();
    await Dexie.delete(name);
  });
});

describe('upgrade to the dashboard reports (schema v7, issue #16)', () => {
  // Schema v6 as shipped: v1–v5 above, then every content table deleted.
  const V6: Record<string, null> = Object.fromEntries(CONTENT_TABLES.map((table) => [table, null]));
  const V7 = { statsReports: 'key, loadedAt' };

  it('is a new table only, frozen here', () => {
    const v7 = SCHEMA_VERSIONS.find((v) => v.version === 7);
    expect(v7?.stores).toEqual(V7);
    expect(v7?.upgrade).toBeUndefined();
  });

  it('opens a v6 database, keeps every user row and adds an empty reports table whose index works', async () => {
    const name = 'upgrade-v6-to-stats';
    const old = new Dexie(name);
    for (const v of [1, 2, 3, 4, 5]) old.version(v).stores(SHIPPED[v]!);
    old.version(6).stores(V6);
    await old.open();
    const favourite = { kind: 'scheme', id: 'cej', createdAt: '2025-05-01T10:00:00.000Z' };
    const team = { key: 'team', value: { serverUrl: 'https://sync.example.org', token: 't', role: 'coordinator' } };
    const entry = { id: '0b5f4a1e-2c3d-4e5f-8a9b-0c1d2e3f4a5b', schemeId: 'cej', name: 'ML', source: 'device' };
    await old.table('favourites').put(favourite);
    await old.table('syncMeta').put(team);
    await old.table('directoryEntries').put(entry);
    old.close();

    const db = new LimitsDb(name);
    await db.open();
    expect(db.verno).toBe(SCHEMA_VERSIONS.at(-1)?.version);
    expect(await db.favourites.toArray()).toEqual([favourite]);
    expect(await db.syncMeta.toArray()).toEqual([team]);
    expect(await db.directoryEntries.toArray()).toEqual([entry]);
    expect(await db.statsReports.count()).toBe(0);
    const row = (key: string, loadedAt: string) => ({
      key,
      serverUrl: 'https://sync.example.org',
      joinedAt: '2025-04-01T00:00:00.000Z',
      loadedAt,
      report: {},
    });
    await db.statsReports.bulkPut([row('a', '2025-06-02T10:00:00.000Z'), row('b', '2025-06-01T10:00:00.000Z')]);
    expect(await db.statsReports.orderBy('loadedAt').primaryKeys()).toEqual(['b', 'a']);
    db.close();
    expect(await storedTables(name)).toEqual([...USER_TABLES].sort());
    await Dexie.delete(name);
  });
});
