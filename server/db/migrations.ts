import type { Db } from './open-database';

/**
 * Schema migrations, in order. Append only: a migration that has shipped is
 * never edited, because databases in the field have already recorded it as
 * applied and would silently keep the old shape.
 */
export interface Migration {
  /** Strictly increasing, starting at 1. Recorded in `schema_migrations`. */
  version: number;
  /** Short kebab-case description, recorded alongside the version for humans. */
  name: string;
  up: (db: Db) => void;
}

export const migrations: readonly Migration[] = [
  {
    version: 1,
    name: 'create-meta',
    up(db) {
      // Small key/value facts about this database (creation time, later e.g. an
      // instance id the sync API hands to clients). STRICT rejects non-text values.
      db.exec(`
        CREATE TABLE meta (
          key   TEXT PRIMARY KEY NOT NULL,
          value TEXT NOT NULL
        ) STRICT;
      `);
      db.prepare('INSERT INTO meta (key, value) VALUES (?, ?)').run('created_at', new Date().toISOString());
    },
  },
];
