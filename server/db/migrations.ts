import { backfillStatsFacts } from '../stats/sqlite-stats-facts';
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
  {
    version: 2,
    name: 'create-teams-tokens-contacts',
    up(db) {
      // Teams and their bearer tokens (stored as SHA-256 only), and the contacts synced by each team
      // (docs/SPEC.md). `seq` is one counter for the whole database, bumped on every write of a contact:
      // the cursor of GET /api/v1/contacts. A rowid table on purpose: rows are appended in arrival order and
      // only the small (team_id, id) key index takes the random UUID inserts (WITHOUT ROWID would scatter
      // whole rows across the b-tree: about 3× slower ingest).
      db.exec(`
        CREATE TABLE teams (
          id         INTEGER PRIMARY KEY,
          name       TEXT NOT NULL UNIQUE COLLATE NOCASE,
          created_at TEXT NOT NULL
        ) STRICT;

        CREATE TABLE tokens (
          id           INTEGER PRIMARY KEY,
          team_id      INTEGER NOT NULL REFERENCES teams (id),
          role         TEXT NOT NULL CHECK (role IN ('worker', 'coordinator')),
          label        TEXT NOT NULL,
          token_hash   BLOB NOT NULL UNIQUE CHECK (length(token_hash) = 32),
          created_at   TEXT NOT NULL,
          revoked_at   TEXT,
          last_used_at TEXT
        ) STRICT;
        CREATE INDEX tokens_team ON tokens (team_id);

        CREATE TABLE contacts (
          team_id      INTEGER NOT NULL REFERENCES teams (id),
          id           TEXT NOT NULL,
          revision     INTEGER NOT NULL CHECK (revision >= 1),
          updated_at   TEXT NOT NULL,
          deleted      INTEGER NOT NULL CHECK (deleted IN (0, 1)),
          body_json    TEXT,
          content_hash TEXT NOT NULL,
          seq          INTEGER NOT NULL UNIQUE,
          received_at  TEXT NOT NULL,
          PRIMARY KEY (team_id, id),
          CHECK ((deleted = 1) = (body_json IS NULL))
        ) STRICT;
        CREATE INDEX contacts_team_seq ON contacts (team_id, seq);
      `);
    },
  },
  {
    version: 3,
    name: 'create-directory-versions',
    up(db) {
      // Each team's local directory (docs/SPEC.md [S73]–[S74]), one row per published version: the current one is
      // the highest `version` of the team. The last few are kept (server/directory/directory-store.ts) so a wrong
      // publication can be looked up and put back. `entries_json` holds the validated entries as published;
      // `published_by` the token that did it, for the record.
      db.exec(`
        CREATE TABLE directory_versions (
          team_id      INTEGER NOT NULL REFERENCES teams (id),
          version      INTEGER NOT NULL CHECK (version >= 1),
          updated_at   TEXT NOT NULL,
          entries_json TEXT NOT NULL,
          content_hash TEXT NOT NULL,
          entry_count  INTEGER NOT NULL CHECK (entry_count >= 0),
          published_by INTEGER REFERENCES tokens (id),
          PRIMARY KEY (team_id, version)
        ) STRICT;
      `);
    },
  },
  {
    version: 4,
    name: 'create-invites',
    up(db) {
      // [S94] Short-lived, single-use invites: what a join link carries instead of the device's long-lived token
      // (a URL ends up in the browser's history files). Stored as SHA-256 only, like tokens. `token_id` is the
      // token the invite was exchanged for; set in the same transaction as `used_at`, so an invite is used once.
      db.exec(`
        CREATE TABLE invites (
          id          INTEGER PRIMARY KEY,
          team_id     INTEGER NOT NULL REFERENCES teams (id),
          role        TEXT NOT NULL CHECK (role IN ('worker', 'coordinator')),
          label       TEXT NOT NULL,
          invite_hash BLOB NOT NULL UNIQUE CHECK (length(invite_hash) = 32),
          created_at  TEXT NOT NULL,
          expires_at  TEXT NOT NULL,
          used_at     TEXT,
          token_id    INTEGER REFERENCES tokens (id),
          CHECK ((used_at IS NULL) = (token_id IS NULL))
        ) STRICT;
      `);
    },
  },
  {
    version: 5,
    name: 'contact-ownership-and-history',
    up(db) {
      // [S95]–[S98] Who wrote what. `created_by` is the device (a token id, see tokens.device) that created the
      // contact: a worker changes only its own. `written_by` is the token of the stored revision. Earlier
      // revisions move to `contact_revisions` when a newer one replaces them, so a destroyed contact can be put
      // back (`npm run admin -- contact restore`). Rows stored before this migration have no creator (NULL).
      // `tokens.device` / `invites.device`: a token made to replace another (a re-joined phone) keeps that
      // device's id, hence its contacts; NULL means the token is its own device. No foreign keys on these: tokens
      // are never deleted, and a trusted writer (the admin CLI) writes NULL.
      db.exec(`
        ALTER TABLE contacts ADD COLUMN created_by INTEGER;
        ALTER TABLE contacts ADD COLUMN written_by INTEGER;
        ALTER TABLE tokens ADD COLUMN device INTEGER;
        ALTER TABLE invites ADD COLUMN device INTEGER;

        CREATE TABLE contact_revisions (
          team_id      INTEGER NOT NULL REFERENCES teams (id),
          id           TEXT NOT NULL,
          revision     INTEGER NOT NULL CHECK (revision >= 1),
          updated_at   TEXT NOT NULL,
          deleted      INTEGER NOT NULL CHECK (deleted IN (0, 1)),
          body_json    TEXT,
          content_hash TEXT NOT NULL,
          written_by   INTEGER,
          received_at  TEXT NOT NULL,
          PRIMARY KEY (team_id, id, revision),
          CHECK ((deleted = 1) = (body_json IS NULL))
        ) STRICT;
      `);
    },
  },
  {
    version: 6,
    name: 'create-daily-writes',
    up(db) {
      // Quotas (issue #13): contact revisions written per token and UTC day, so a restart does not reset them.
      db.exec(`
        CREATE TABLE daily_writes (
          day      TEXT NOT NULL,
          token_id INTEGER NOT NULL REFERENCES tokens (id),
          team_id  INTEGER NOT NULL REFERENCES teams (id),
          writes   INTEGER NOT NULL CHECK (writes >= 0),
          PRIMARY KEY (day, token_id)
        ) STRICT;
        CREATE INDEX daily_writes_team ON daily_writes (day, team_id);
      `);
    },
  },
  {
    version: 7,
    name: 'create-stats-facts',
    up(db) {
      // [S100] Issue #16: what statistics count (server/stats/contact-facts.ts), kept in step with every contact
      // write by server/stats/sqlite-stats-facts.ts and backfilled here from the live contacts. No note, no place.
      // `contact_facts`: one row per live contact. `contact_items`: its age bands, signals, topics, suggested and
      // referred schemes, with the contact's day and kind copied (WITHOUT ROWID: clustered by team and day).
      // `referral_facts`: one row per referral. `stats_days`: those counts summed per team, day, kind ('' = none)
      // and dimension, once over all contacts (scheme '') and once per scheme over that scheme's contacts, rebuilt on the next statistics request for the days listed in `stats_dirty` (a write only
      // marks its days, so syncing stays as cheap as before).
      db.exec(`
        CREATE TABLE contact_facts (
          team_id    INTEGER NOT NULL,
          id         TEXT NOT NULL,
          day        TEXT NOT NULL,
          kind       TEXT,
          people     INTEGER NOT NULL,
          follow_up  TEXT,
          written_by INTEGER,
          PRIMARY KEY (team_id, id)
        ) STRICT;
        CREATE INDEX contact_facts_day ON contact_facts (team_id, day);
        CREATE INDEX contact_facts_follow_up ON contact_facts (team_id, follow_up, kind, day, id)
          WHERE follow_up IS NOT NULL;

        CREATE TABLE contact_items (
          team_id INTEGER NOT NULL,
          dim     TEXT NOT NULL CHECK (dim IN ('age', 'signal', 'topic', 'scheme', 'referral')),
          value   TEXT NOT NULL,
          day     TEXT NOT NULL,
          kind    TEXT,
          id      TEXT NOT NULL,
          PRIMARY KEY (team_id, day, id, dim, value)
        ) STRICT, WITHOUT ROWID;

        CREATE TABLE referral_facts (
          team_id     INTEGER NOT NULL,
          contact_id  TEXT NOT NULL,
          n           INTEGER NOT NULL,
          kind        TEXT,
          scheme      TEXT NOT NULL,
          outcome     TEXT NOT NULL,
          started_day TEXT NOT NULL,
          closed_days INTEGER,
          follow_up   TEXT,
          PRIMARY KEY (team_id, contact_id, n)
        ) STRICT;
        CREATE INDEX referral_facts_started ON referral_facts (team_id, started_day);
        CREATE INDEX referral_facts_follow_up ON referral_facts (team_id, follow_up, outcome, kind, scheme)
          WHERE follow_up IS NOT NULL;

        CREATE TABLE stats_days (
          team_id INTEGER NOT NULL,
          scheme  TEXT NOT NULL,
          day     TEXT NOT NULL,
          kind    TEXT NOT NULL,
          dim     TEXT NOT NULL,
          value   TEXT NOT NULL,
          n       INTEGER NOT NULL,
          PRIMARY KEY (team_id, scheme, day, kind, dim, value)
        ) STRICT, WITHOUT ROWID;
        CREATE INDEX stats_days_day ON stats_days (team_id, day);

        CREATE TABLE stats_dirty (
          team_id INTEGER NOT NULL,
          day     TEXT NOT NULL,
          PRIMARY KEY (team_id, day)
        ) STRICT, WITHOUT ROWID;
      `);
      backfillStatsFacts(db);
    },
  },
  {
    version: 8,
    name: 'create-stats-pending',
    up(db) {
      // [S100] Contacts whose statistics facts wait to be rewritten. A sync write only notes the contact here;
      // the facts are rewritten from its stored body at the next statistics request (server/stats/
      // sqlite-stats-facts.ts). Rewriting them inside every sync cost 2.5 times the ingest (npm run bench:sync:
      // 10 000 contacts/s → 4 100), where coordinators ask for statistics a few times a day.
      db.exec(`
        CREATE TABLE stats_pending (
          team_id INTEGER NOT NULL,
          id      TEXT NOT NULL,
          PRIMARY KEY (team_id, id)
        ) STRICT, WITHOUT ROWID;
      `);
    },
  },
  {
    version: 9,
    name: 'stats-watermark',
    up(db) {
      // [S100] Replaces `stats_pending`: a team's facts are up to date for its contacts up to `seq`, and the next
      // statistics request rewrites those past it (contacts_team_seq). Noting each contact in a WITHOUT ROWID
      // table put a random page write in every sync commit: ingest 0.41 of the raw loop with it, 0.51 without
      // (npm run bench:sync). A team's watermark starts below its first contact still noted (rewriting facts
      // is idempotent, so the contacts after it that were not noted cost a rewrite, nothing more), or at its
      // last contact when none is.
      db.exec(`
        CREATE TABLE stats_watermark (
          team_id INTEGER PRIMARY KEY,
          seq     INTEGER NOT NULL
        ) STRICT;
        INSERT INTO stats_watermark (team_id, seq)
          SELECT c.team_id, COALESCE(
              (SELECT MIN(n.seq) - 1 FROM stats_pending p JOIN contacts n ON n.team_id = p.team_id AND n.id = p.id
                WHERE p.team_id = c.team_id),
              MAX(c.seq))
            FROM contacts c GROUP BY c.team_id;
        DROP TABLE stats_pending;
      `);
    },
  },
];
