/**
 * [S99] The SQLite usage store writes its daily counts behind (server/contacts/sqlite-usage-store.ts): reads
 * count what waits, the window is committed by itself, and closing the stores commits it, so a restart keeps
 * every count.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { USAGE_WRITE_BEHIND_MS } from '../../server/contacts/sqlite-usage-store';
import { openSqliteStores, type SqliteStores } from '../../server/store/sqlite-stores';
import { makeTempDir } from './helpers';

const open: SqliteStores[] = [];
afterEach(async () => {
  for (const stores of open.splice(0)) await stores.close();
});

function start(dir: string): SqliteStores {
  const { stores } = openSqliteStores(dir);
  open.push(stores);
  return stores;
}

const committed = (stores: SqliteStores, tokenId: number) =>
  (
    stores.db.prepare('SELECT writes FROM daily_writes WHERE day = ? AND token_id = ?').get('2026-01-01', tokenId) as
      { writes: number } | undefined
  )?.writes ?? 0;

describe('SQLite usage store, written behind', () => {
  it('[S99] counts what waits, then commits it within the window in one go', async () => {
    const stores = start(makeTempDir());
    await stores.teams.addTeam('Team A');
    const { id, team } = await stores.teams.addToken('Team A', 'worker', 'one');
    const teamId = team.id;
    await stores.usage.addWrites('2026-01-01', id, teamId, 3);
    await stores.usage.addWrites('2026-01-01', id, teamId, 4);
    expect(await stores.usage.tokenWrites('2026-01-01', id)).toBe(7);
    expect(await stores.usage.teamWrites('2026-01-01', teamId)).toBe(7);
    expect(committed(stores, id)).toBe(0);
    await new Promise((resolve) => setTimeout(resolve, USAGE_WRITE_BEHIND_MS * 3));
    expect(committed(stores, id)).toBe(7);
    // Committed once, not counted twice.
    expect(await stores.usage.tokenWrites('2026-01-01', id)).toBe(7);
  });

  it('[S99] a restart keeps the counts that were still waiting', async () => {
    const dir = makeTempDir();
    const first = start(dir);
    await first.teams.addTeam('Team A');
    const { id, team } = await first.teams.addToken('Team A', 'worker', 'one');
    await first.usage.addWrites('2026-01-01', id, team.id, 5);
    await first.close();
    const second = start(dir);
    expect(await second.usage.tokenWrites('2026-01-01', id)).toBe(5);
  });
});
