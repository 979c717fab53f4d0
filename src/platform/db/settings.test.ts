/** The typed settings over `syncMeta`: stored as `{ key, value }` rows as before, read back through the schema. */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { freshDb } from '../../../tests/unit/render-app';
import { z } from '../../shared/zod';
import type { LimitsDb } from './db';
import { clearAllSettings, defineSetting, SETTING_KEYS } from './settings';

let db: LimitsDb;
beforeEach(async () => {
  db = await freshDb({ content: false });
});
afterEach(() => db.close());

const lock = defineSetting(SETTING_KEYS.lock, z.object({ idleMinutes: z.int().min(1).max(60) }));

describe('settings', () => {
  it('writes one row { key, value } under the frozen key and reads it back', async () => {
    expect(await lock.get()).toBeUndefined();
    await lock.put({ idleMinutes: 15 });
    expect(await db.syncMeta.toArray()).toEqual([{ key: 'lock', value: { idleMinutes: 15 } }]);
    expect(await lock.get()).toEqual({ idleMinutes: 15 });
    await lock.remove();
    expect(await db.syncMeta.count()).toBe(0);
  });

  it('reads a row another version wrote in another shape as absent, and refuses to write a wrong value', async () => {
    await db.syncMeta.put({ key: 'lock', value: { idleMinutes: 'soon' } });
    expect(await lock.get()).toBeUndefined();
    await expect(lock.put({ idleMinutes: 0 })).rejects.toThrow();
    expect((await db.syncMeta.get('lock'))?.value).toEqual({ idleMinutes: 'soon' });
  });

  it('clears every setting at once (sign-out) and nothing else', async () => {
    await lock.put({ idleMinutes: 5 });
    await db.syncMeta.put({ key: SETTING_KEYS.team, value: { team: 'Nord' } });
    await db.favourites.put({ kind: 'term', id: 'cej', createdAt: '2026-03-01T10:00:00.000Z' });
    await clearAllSettings();
    expect(await db.syncMeta.count()).toBe(0);
    expect(await db.favourites.count()).toBe(1);
  });
});
