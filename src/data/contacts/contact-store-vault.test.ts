import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { freshDb } from '../../../tests/unit/render-app';
import {
  DEFAULT_PBKDF2_ITERATIONS,
  getVaultSession,
  isEnvelope,
  VaultLockedError,
  WrongPasscodeError,
} from '../../platform/vault';
import type { ContactBody } from '../../shared/protocol/protocol';
import { sealPlainRows } from './contact-migration';
import { SETTING_KEYS } from '../../platform/db/settings';
import {
  applySyncResults,
  countContacts,
  getContact,
  getDraft,
  listContacts,
  pendingBatch,
  recentPlaces,
  resolveTakeServer,
  saveContact,
  saveDraft,
  toWire,
  updateContactBody,
} from './contact-store';
import type { LimitsDb } from '../../platform/db/db';
import {
  changeVaultPasscode,
  hasPasscode,
  setPasscode,
  setVaultIterationsForTests,
  unlockVault,
  vaultIterations,
} from '../device-lock/vault-store';

const PASSCODE = 'correct horse battery';
const CANARY = 'CANARY-7f3a9c-placard';

let db: LimitsDb;
beforeEach(async () => {
  db = await freshDb({ content: false });
  setVaultIterationsForTests(DEFAULT_PBKDF2_ITERATIONS);
});
afterEach(() => getVaultSession().lock('manual'));

function body(overrides: Partial<ContactBody> = {}): ContactBody {
  return {
    schemaVersion: 1,
    occurredAt: '2026-03-14T21:05:00+01:00',
    ageBands: ['16-17'],
    topics: [],
    signals: [],
    schemes: [],
    ...overrides,
  };
}

async function vaultWithFastKdf(): Promise<void> {
  setVaultIterationsForTests(1000);
  await setPasscode(PASSCODE);
}

const rawRows = async () =>
  JSON.stringify(await db.contacts.toArray(), (_k, v: unknown) =>
    ArrayBuffer.isView(v) ? Array.from(v as Uint8Array) : v,
  );

describe('contact store with a passcode (issue #6)', () => {
  it('production derives keys with 600 000 PBKDF2 iterations unless a test lowers it', () => {
    expect(vaultIterations()).toBe(600_000);
    expect(DEFAULT_PBKDF2_ITERATIONS).toBe(600_000);
  });

  it('stores no plaintext: body, server copy and draft are envelopes; reads decrypt', async () => {
    await vaultWithFastKdf();
    const saved = await saveContact(body({ note: `met near ${CANARY}`, place: `Gare ${CANARY}` }));
    expect((await pendingBatch(10))[0]?.body?.note).toBe(`met near ${CANARY}`);
    await applySyncResults(
      [toWire(saved)],
      [
        {
          id: saved.id,
          status: 'conflict',
          revision: 2,
          server: {
            id: saved.id,
            revision: 2,
            updatedAt: saved.updatedAt,
            deleted: false,
            body: body({ note: CANARY }),
          },
        },
      ],
    );
    await saveDraft('new', { note: CANARY });
    expect(await rawRows()).not.toContain(CANARY);
    expect(JSON.stringify(await db.contactDrafts.toArray())).not.toContain(CANARY);
    const raw = await db.contacts.get(saved.id);
    expect(isEnvelope(raw?.body)).toBe(true);
    expect(isEnvelope(raw?.serverCopy)).toBe(true);
    expect(raw?.syncState).toBe('conflict');

    expect((await getContact(saved.id))?.body?.note).toBe(`met near ${CANARY}`);
    expect((await getContact(saved.id))?.serverCopy?.body?.note).toBe(CANARY);
    expect((await getDraft('new'))?.values).toEqual({ note: CANARY });
    expect(await recentPlaces()).toEqual([`Gare ${CANARY}`]);
    expect((await resolveTakeServer(saved.id)).body?.note).toBe(CANARY);
  });

  it('filters by kind on decrypted bodies and counts them', async () => {
    await vaultWithFastKdf();
    await saveContact(body({ kind: 'street' }));
    await saveContact(body({ kind: 'school' }));
    await saveContact(body({ kind: 'street' }));
    expect(await countContacts({ kind: 'street' })).toBe(2);
    expect((await listContacts({ kind: 'street', limit: 1 })).map((row) => row.body?.kind)).toEqual(['street']);
    expect(await countContacts()).toBe(3);
  });

  it('locked: reads and writes fail cleanly with VaultLockedError, the clear count still works', async () => {
    await vaultWithFastKdf();
    const saved = await saveContact(body({ note: CANARY }));
    getVaultSession().lock('manual');
    await expect(getContact(saved.id)).rejects.toBeInstanceOf(VaultLockedError);
    await expect(saveContact(body())).rejects.toBeInstanceOf(VaultLockedError);
    await expect(pendingBatch(10)).rejects.toBeInstanceOf(VaultLockedError);
    expect(await countContacts()).toBe(1);
    expect(await db.contacts.count()).toBe(1);
  });

  it('a wrong passcode is refused and opens nothing; the right one, and a changed one, read back', async () => {
    await vaultWithFastKdf();
    const saved = await saveContact(body({ note: CANARY }));
    getVaultSession().lock('manual');
    await expect(unlockVault('wrong passcode here')).rejects.toBeInstanceOf(WrongPasscodeError);
    expect(getVaultSession().unlocked).toBe(false);
    await unlockVault(PASSCODE);
    await changeVaultPasscode(PASSCODE, 'a brand new phrase');
    getVaultSession().lock('manual');
    await expect(unlockVault(PASSCODE)).rejects.toBeInstanceOf(WrongPasscodeError);
    await unlockVault('a brand new phrase');
    expect((await getContact(saved.id))?.body?.note).toBe(CANARY);
  });

  it('many concurrent saves and updates all land (no crypto inside a transaction)', async () => {
    await vaultWithFastKdf();
    const rows = await Promise.all(Array.from({ length: 40 }, (_, i) => saveContact(body({ note: `n${i}` }))));
    expect(await db.contacts.count()).toBe(40);
    const target = rows[0]?.id ?? '';
    await Promise.all(
      Array.from({ length: 10 }, (_, i) =>
        updateContactBody(target, (current) => ({ ...current, topics: [...current.topics, `topic-${i}`] })),
      ),
    );
    const after = await getContact(target);
    expect(after?.revision).toBe(11);
    expect(after?.body?.topics).toHaveLength(10);
  });

  it('migration seals every plain row, keeps every contact, and is resumable', async () => {
    const plain = await Promise.all(
      Array.from({ length: 120 }, (_, i) => saveContact(body({ note: `${CANARY}-${i}` }))),
    );
    await saveDraft('new', { note: CANARY });
    expect(await hasPasscode()).toBe(false);
    expect(await rawRows()).toContain(CANARY);

    await vaultWithFastKdf();
    // Readers accept both shapes while the migration has not run.
    expect((await getContact(plain[5]?.id ?? ''))?.body?.note).toBe(`${CANARY}-5`);
    // Interrupted: the vault locks half-way (the pass throws), then resumes after unlock.
    const first = sealPlainRows();
    getVaultSession().lock('manual');
    await expect(first).rejects.toBeInstanceOf(VaultLockedError);
    expect(await db.syncMeta.get(SETTING_KEYS.vaultMigrationDone)).toBeUndefined();
    await unlockVault(PASSCODE);
    expect(await sealPlainRows()).toBeGreaterThan(0);
    // A complete pass is recorded, so later unlocks do not walk every row again.
    expect(await db.syncMeta.get(SETTING_KEYS.vaultMigrationDone)).toBeDefined();
    expect(await sealPlainRows()).toBe(0);

    expect(await rawRows()).not.toContain(CANARY);
    expect(JSON.stringify(await db.contactDrafts.toArray())).not.toContain(CANARY);
    const all = await listContacts();
    expect(all).toHaveLength(120);
    expect(new Set(all.map((row) => row.body?.note))).toEqual(new Set(plain.map((row) => row.body?.note)));
    expect(all.every((row) => row.revision === 1 && row.syncState === 'pending')).toBe(true);
  });

  it('[S92] a contact saved while the migration seals it keeps its new revision (never the old content)', async () => {
    const plain = await Promise.all(Array.from({ length: 250 }, (_, i) => saveContact(body({ note: `old ${i}` }))));
    await vaultWithFastKdf();
    const ids = plain.map((row) => row.id).sort();
    const targets = new Set([ids[0], ids[120], ids[249]].filter((id): id is string => id !== undefined));
    // The user saves each target exactly while the migration is sealing its old copy (between its read and
    // its write): the migration must not then put that old copy over the new revision.
    const session = getVaultSession();
    const encrypt = session.encrypt.bind(session);
    const spy = vi.spyOn(session, 'encrypt').mockImplementation(async (value, ref) => {
      if (ref.field === 'body' && targets.delete(ref.id)) await saveContact(body({ note: `new ${ref.id}` }), ref.id);
      return encrypt(value, ref);
    });
    try {
      // The three were sealed by their own saves.
      expect(await sealPlainRows()).toBe(247);
    } finally {
      spy.mockRestore();
    }
    expect(targets.size).toBe(0);
    for (const id of [ids[0], ids[120], ids[249]]) {
      const row = await getContact(id ?? '');
      expect(row?.revision).toBe(2);
      expect(row?.body?.note).toBe(`new ${id}`);
    }
    expect(await sealPlainRows()).toBe(0);
    expect(await rawRows()).not.toContain('old ');
    expect(await listContacts()).toHaveLength(250);
  });

  it('a tampered envelope fails with an error, never garbled content', async () => {
    await vaultWithFastKdf();
    const saved = await saveContact(body({ note: CANARY }));
    const raw = await db.contacts.get(saved.id);
    const bytes = new Uint8Array(raw?.body as unknown as Uint8Array);
    bytes[bytes.length - 1] = (bytes[bytes.length - 1] ?? 0) ^ 1;
    await db.contacts.update(saved.id, { body: bytes as unknown as ContactBody });
    await expect(getContact(saved.id)).rejects.toThrow();
  });
});
