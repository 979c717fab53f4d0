import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { ROLES, type Role } from '../../src/shared/protocol/protocol';
import { DEFAULT_INVITE_MINUTES, MAX_INVITE_MINUTES } from '../auth/invite-store';
import { AdminError, type TokenInfo } from '../auth/team-store';
import { ContactIdSchema } from '../../src/shared/protocol/protocol';
import { ConfigError, loadConfig } from '../config';
import { DATABASE_FILENAME, openDatabase, runMigrations } from '../db';
import { importSqlite } from '../postgres/import-sqlite';
import type { PgStores } from '../postgres/pg-stores';
import { describeDatabase, openStores } from '../store/open-stores';
import type { Stores } from '../store/stores';

/** Exit codes: 0 done, 1 the operation failed (unknown team, bad config…), 2 the command line is wrong. */
export const EXIT = { ok: 0, failed: 1, usage: 2 } as const;

export interface AdminIo {
  out: (line: string) => void;
  err: (line: string) => void;
}

export const USAGE = `Usage: npm run admin -- <command>

  team add <name>                 create a team
  team list                       list teams with their number of active tokens
  invite add --team <name> --role worker|coordinator --label <label> [--origin https://host] [--minutes n]
                                  create a single-use invite (default ${DEFAULT_INVITE_MINUTES} min, at most ${MAX_INVITE_MINUTES}):
                                  prints a join link and its code; the device exchanges it for its own token
                                  --replaces <token id>: for a phone joining again; it keeps the contacts it created
  invite list                     invites not used yet and not expired
  contact history --team <name> <contact id>
                                  every revision the server kept, with the token that wrote each
  contact restore --team <name> <contact id> <revision>
                                  store that earlier revision's content again, as a new revision
  token add --team <name> --role worker|coordinator --label <label>
                                  create a token and print it ONCE, as a code to paste in the app (no link:
                                  a long-lived token must never be in a URL)
  token list [--team <name>]      list tokens (never the secrets)
  token revoke <id>               revoke a token: its next request gets 401
  import sqlite <data dir>        (with DATABASE_URL) copy a whole SQLite server's database, from its DATA_DIR, into
                                  the empty PostgreSQL one, ids and tokens kept; counts every table on both sides
                                  and commits only if they agree

The database is the server's: PostgreSQL when DATABASE_URL is set, else DATA_DIR/limits-terrain.sqlite
(DATA_DIR defaults to ./data). Pending migrations are applied first.`;

class UsageError extends Error {}

const DATE = (iso: string | null): string => (iso === null ? '-' : `${iso.slice(0, 16).replace('T', ' ')}Z`);

function table(header: string[], rows: string[][]): string[] {
  const widths = header.map((title, column) => Math.max(title.length, ...rows.map((row) => row[column]?.length ?? 0)));
  const line = (cells: string[]) =>
    cells
      .map((cell, column) => cell.padEnd(widths[column] ?? 0))
      .join('  ')
      .trimEnd();
  return [line(header), ...rows.map(line)];
}

function tokenRows(tokens: TokenInfo[]): string[] {
  if (tokens.length === 0) return ['No tokens.'];
  return table(
    ['id', 'team', 'role', 'label', 'created', 'last used', 'revoked'],
    tokens.map((t) => [
      String(t.id),
      t.team,
      t.role,
      t.label,
      DATE(t.createdAt),
      DATE(t.lastUsedAt),
      DATE(t.revokedAt),
    ]),
  );
}

/** `--origin` (or the local default) as a bare origin: the join link's secret goes after `#`, never to a server. */
function joinOrigin(raw: string | undefined, port: number): string {
  if (raw === undefined) return `http://127.0.0.1:${port}`;
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new UsageError(`--origin ${JSON.stringify(raw)} is not a URL (e.g. https://terrain.example.org)`);
  }
  if (!['http:', 'https:'].includes(url.protocol) || url.pathname !== '/' || url.search || url.hash || url.username) {
    throw new UsageError(`--origin must be http(s)://host[:port] with no path, got ${JSON.stringify(raw)}`);
  }
  return url.origin;
}

function positiveId(raw: string, what: string): number {
  const id = Number(raw);
  if (!/^\d+$/.test(raw) || !Number.isSafeInteger(id) || id < 1) {
    throw new UsageError(`${what} must be a positive integer, got ${raw}`);
  }
  return id;
}

function parseRole(value: string | undefined): Role {
  if (value === undefined) throw new UsageError('--role is required (worker or coordinator)');
  if (!(ROLES as readonly string[]).includes(value)) {
    throw new UsageError(`--role must be worker or coordinator, got ${JSON.stringify(value)}`);
  }
  return value as Role;
}

async function run(stores: Stores, argv: string[], port: number, io: AdminIo): Promise<void> {
  const store = stores.teams;
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    strict: true,
    options: {
      team: { type: 'string' },
      role: { type: 'string' },
      label: { type: 'string' },
      origin: { type: 'string' },
      minutes: { type: 'string' },
      replaces: { type: 'string' },
    },
  });
  const [group, action, ...rest] = positionals;
  const command = `${group ?? ''} ${action ?? ''}`.trim();
  const expectArgs = (count: number, what: string) => {
    if (rest.length !== count) throw new UsageError(`\`${command}\` takes ${what}`);
  };

  switch (command) {
    case 'team add': {
      expectArgs(1, 'one team name (quote it if it has spaces)');
      const team = await store.addTeam(rest[0] ?? '');
      io.out(`Team "${team.name}" created.`);
      return;
    }
    case 'team list': {
      expectArgs(0, 'no argument');
      const teams = await store.listTeams();
      if (teams.length === 0) io.out('No teams yet: `npm run admin -- team add <name>`.');
      else
        table(
          ['name', 'created', 'active tokens'],
          teams.map((team) => [team.name, DATE(team.createdAt), String(team.activeTokens)]),
        ).forEach((line) => io.out(line));
      return;
    }
    case 'invite add': {
      expectArgs(0, 'options only: --team, --role, --label [--origin] [--minutes]');
      if (values.team === undefined) throw new UsageError('--team is required');
      const role = parseRole(values.role);
      if (values.label === undefined) throw new UsageError('--label is required (whose device is it?)');
      const origin = joinOrigin(values.origin, port);
      const minutes = values.minutes === undefined ? DEFAULT_INVITE_MINUTES : Number(values.minutes);
      if (!Number.isSafeInteger(minutes)) throw new UsageError(`--minutes must be a whole number of minutes`);
      const replaces = values.replaces === undefined ? undefined : positiveId(values.replaces, '--replaces');
      const created = await stores.invites.addInvite(values.team, role, values.label, minutes, replaces);
      io.out(`Invite ${created.id} created for team "${created.team}" (${role}, "${values.label.trim()}").`);
      io.out(`It joins one device, once, until ${DATE(created.expiresAt)}. Hand it over privately.`);
      io.out('');
      io.out(`  join link: ${origin}/join#invite=${created.invite}`);
      io.out(`  code:      ${created.invite}`);
      return;
    }
    case 'invite list': {
      expectArgs(0, 'no argument');
      const open = await stores.invites.listOpen();
      if (open.length === 0) io.out('No open invites.');
      else
        table(
          ['id', 'team', 'role', 'label', 'expires'],
          open.map((i) => [String(i.id), i.team, i.role, i.label, DATE(i.expiresAt)]),
        ).forEach((line) => io.out(line));
      return;
    }
    case 'token add': {
      expectArgs(0, 'options only: --team, --role, --label');
      if (values.team === undefined) throw new UsageError('--team is required');
      const role = parseRole(values.role);
      if (values.label === undefined) throw new UsageError('--label is required (whose device is it?)');
      if (values.origin !== undefined) {
        throw new UsageError('`token add` prints no link (a token must never be in a URL); use `invite add`');
      }
      const { id, token, team } = await store.addToken(values.team, role, values.label);
      io.out(`Token ${id} created for team "${team.name}" (${role}, "${values.label.trim()}").`);
      io.out('It is shown only this once; the server keeps a hash of it. Hand it over privately,');
      io.out('to be pasted in the app (Team → join); `invite add` gives a link instead.');
      io.out('');
      io.out(`  code: ${token}`);
      return;
    }
    case 'contact history':
    case 'contact restore': {
      const restoring = command === 'contact restore';
      expectArgs(restoring ? 2 : 1, restoring ? 'a contact id and a revision' : 'one contact id');
      if (values.team === undefined) throw new UsageError('--team is required');
      const team = await store.findTeam(values.team);
      if (!team) throw new AdminError(`No team named "${values.team}" (see \`team list\`)`);
      const id = ContactIdSchema.safeParse(rest[0]);
      if (!id.success) throw new UsageError(`${JSON.stringify(rest[0])} is not a contact id (lowercase UUID v4)`);
      const { contacts } = stores;
      if (restoring) {
        const revision = positiveId(rest[1] ?? '', 'The revision');
        const restored = await contacts.restore(team.id, id.data, revision);
        if (!restored) throw new AdminError(`Contact ${id.data} has no earlier revision ${revision} in "${team.name}"`);
        io.out(`Revision ${revision} of ${id.data} restored as revision ${restored.revision}.`);
        return;
      }
      const revisions = await contacts.history(team.id, id.data);
      if (revisions.length === 0) throw new AdminError(`No contact ${id.data} in team "${team.name}"`);
      const labels = new Map((await store.listTokens(team.name)).map((t) => [t.id, t.label]));
      table(
        ['revision', 'received', 'written by', 'deleted'],
        revisions.map((r) => [
          String(r.contact.revision),
          DATE(r.receivedAt),
          r.writtenBy === null ? '-' : `${r.writtenBy} (${labels.get(r.writtenBy) ?? '?'})`,
          r.contact.deleted ? 'yes' : 'no',
        ]),
      ).forEach((line) => io.out(line));
      return;
    }
    case 'token list': {
      expectArgs(0, 'no argument besides --team');
      tokenRows(await store.listTokens(values.team)).forEach((line) => io.out(line));
      return;
    }
    case 'token revoke': {
      expectArgs(1, 'one token id (see `token list`)');
      const id = positiveId(rest[0] ?? '', 'Token id');
      const revoked = await store.revokeToken(id);
      io.out(`Token ${id} ("${revoked.label}", team "${revoked.team}") revoked.`);
      return;
    }
    case 'import sqlite': {
      expectArgs(1, 'the DATA_DIR of the SQLite server to copy');
      if (stores.kind !== 'postgres') {
        throw new UsageError('`import sqlite` copies into PostgreSQL: set DATABASE_URL to the (empty) target');
      }
      const dir = path.resolve(rest[0] ?? '');
      if (!fs.existsSync(path.join(dir, DATABASE_FILENAME))) throw new AdminError(`No ${DATABASE_FILENAME} in ${dir}`);
      // The source is brought to the current schema first, as its own server would do on its next start.
      const source = openDatabase(dir);
      try {
        runMigrations(source);
        const copied = await importSqlite(source, (stores as PgStores).pool);
        table(
          ['table', 'rows (same on both sides)'],
          copied.map((t) => [t.table, String(t.rows)]),
        ).forEach((line) => io.out(line));
        io.out('Imported. Point the server at DATABASE_URL; stop the SQLite server first so no write is left behind.');
      } finally {
        source.close();
      }
      return;
    }
    default:
      throw new UsageError(command === '' ? 'No command given' : `Unknown command \`${command}\``);
  }
}

/** Runs one admin command; returns the process exit code. */
export async function runAdmin(argv: string[], env: NodeJS.ProcessEnv, io: AdminIo): Promise<number> {
  if (argv.length === 0 || argv.includes('--help') || argv.includes('-h') || argv[0] === 'help') {
    (argv.length === 0 ? io.err : io.out)(USAGE);
    return argv.length === 0 ? EXIT.usage : EXIT.ok;
  }
  let config;
  try {
    config = loadConfig(env);
  } catch (error) {
    if (error instanceof ConfigError) {
      io.err(error.message);
      return EXIT.failed;
    }
    throw error;
  }
  let stores: Stores | undefined;
  try {
    stores = (await openStores(config)).stores;
    await run(stores, argv, config.port, io);
    return EXIT.ok;
  } catch (error) {
    if (error instanceof UsageError || (error as { code?: string }).code?.startsWith('ERR_PARSE_ARGS')) {
      io.err(`Error: ${(error as Error).message}\n\n${USAGE}`);
      return EXIT.usage;
    }
    if (error instanceof AdminError) {
      io.err(`Error: ${error.message}`);
      return EXIT.failed;
    }
    io.err(`Error: ${(error as Error).message ?? String(error)} (database: ${describeDatabase(config)})`);
    return EXIT.failed;
  } finally {
    await stores?.close();
  }
}
