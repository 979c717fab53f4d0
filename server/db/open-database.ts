import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';

export type Db = Database.Database;

export const DATABASE_FILENAME = 'limits-terrain.sqlite';

/** How long a writer waits for another connection's lock before failing with SQLITE_BUSY. */
const BUSY_TIMEOUT_MS = 5000;

/**
 * Opens (creating if needed) the server database in `dataDir`.
 *
 * Pragmas, and why:
 * - journal_mode=WAL: readers never block the single writer, and a crash mid-write
 *   cannot corrupt the main file. It is persistent, but re-asserting is cheap.
 * - synchronous=FULL: the sync API will hold field workers' data that exists
 *   nowhere else once a device is lost; we trade a little write latency for
 *   durability of every committed transaction, even on power loss.
 * - foreign_keys=ON: SQLite leaves it off per connection by default.
 * - busy_timeout: a second process (a migration, a backup) briefly holding the
 *   lock should delay requests, not fail them.
 */
export function openDatabase(dataDir: string): Db {
  // Contacts are stored in clear on the server: the directory and its files are the service account's alone
  // (0700 / 0600), not readable by every local user (issue #13). SQLite creates -wal and -shm with the main
  // file's permissions, so the main file is set first.
  fs.mkdirSync(dataDir, { recursive: true, mode: 0o700 });
  fs.chmodSync(dataDir, 0o700);
  const file = path.join(dataDir, DATABASE_FILENAME);
  if (!fs.existsSync(file)) fs.writeFileSync(file, '', { mode: 0o600 });
  fs.chmodSync(file, 0o600);
  const db = new Database(file, { timeout: BUSY_TIMEOUT_MS });
  try {
    db.pragma('journal_mode = WAL');
    db.pragma('synchronous = FULL');
    db.pragma('foreign_keys = ON');
    db.pragma(`busy_timeout = ${BUSY_TIMEOUT_MS}`);
    // Each sync batch runs in a savepoint (group commit), so its statements keep a statement journal; past
    // 64 KiB SQLite spills it to a temporary file, created and unlinked once per batch (strace). In memory it
    // costs a batch's own rows, never more.
    db.pragma('temp_store = MEMORY');
    const mode = db.pragma('journal_mode', { simple: true });
    if (mode !== 'wal') {
      // Happens on file systems without shared-memory support (some network mounts).
      throw new Error(`SQLite refused WAL mode (got "${String(mode)}"); put DATA_DIR on a local disk`);
    }
    // -wal / -shm left by an earlier version with the default umask.
    for (const suffix of ['-wal', '-shm']) {
      if (fs.existsSync(file + suffix)) fs.chmodSync(file + suffix, 0o600);
    }
  } catch (error) {
    db.close();
    throw error;
  }
  return db;
}
