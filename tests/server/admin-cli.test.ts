/**
 * `npm run admin -- …`: the main flow as real processes against a temp DATA_DIR (and the printed token against
 * a server on that same directory); the error matrix in-process through the same entry function.
 */
import { execFile } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runAdmin } from '../../server/admin/admin-cli';
import { buildApp } from '../../server/app';
import { openDatabase, runMigrations } from '../../server/db';
import { sqliteStores } from '../../server/store/sqlite-stores';
import { makeTempDir, writeFakeDist } from './helpers';
import { NO_LIMITS } from './sync-helpers';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const ADMIN = path.join(ROOT, 'scripts', 'admin.ts');
const TOKEN = /lt_[A-Za-z0-9_-]{43}/g;

let tmp: string;
let dataDir: string;
beforeAll(() => {
  tmp = makeTempDir('limits-admin-');
  dataDir = path.join(tmp, 'data');
});
afterAll(() => {
  fs.rmSync(tmp, { recursive: true, force: true });
});

interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

/** The real thing: `node --import tsx scripts/admin.ts …` (what `npm run admin -- …` runs). */
function adminProcess(args: string[]): Promise<Run> {
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      ['--import', 'tsx', ADMIN, ...args],
      { cwd: ROOT, env: { ...process.env, DATA_DIR: dataDir, PORT: '' }, timeout: 30_000 },
      (error, stdout, stderr) => {
        resolve({ code: error ? (typeof error.code === 'number' ? error.code : 1) : 0, stdout, stderr });
      },
    );
  });
}

/** The same entry point in-process, for the many small cases. */
async function admin(args: string[], env: Record<string, string> = {}): Promise<Run> {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runAdmin(
    args,
    { DATA_DIR: dataDir, ...env },
    { out: (l) => out.push(l), err: (l) => err.push(l) },
  );
  return { code, stdout: out.map((l) => `${l}\n`).join(''), stderr: err.map((l) => `${l}\n`).join('') };
}

describe('admin CLI (real processes)', () => {
  it('[S9] team add, token add (printed once, as a code, never in a link), list, revoke: the token works until revoked', async () => {
    expect(await adminProcess(['team', 'add', 'Quartier Nord'])).toMatchObject({
      code: 0,
      stdout: 'Team "Quartier Nord" created.\n',
    });
    const [dup, teams, added, usage] = await Promise.all([
      adminProcess(['team', 'add', 'quartier nord']),
      adminProcess(['team', 'list']),
      adminProcess(['token', 'add', '--team', 'quartier NORD', '--role', 'worker', '--label', 'Phone of Sam']),
      adminProcess(['token', 'add', '--team', 'Quartier Nord', '--role', 'admin', '--label', 'x']),
    ]);
    expect(dup).toMatchObject({ code: 1, stderr: 'Error: A team named "quartier nord" already exists\n' });
    // 0 or 1 active token: `token add` runs alongside.
    expect(teams.stdout).toMatch(
      /^name\s+created\s+active tokens\nQuartier Nord\s+\d{4}-\d{2}-\d{2} \d{2}:\d{2}Z\s+[01]\n$/,
    );
    expect(usage.code).toBe(2);
    expect(usage.stderr).toMatch(/^Error: --role must be worker or coordinator, got "admin"\n\nUsage:/);
    expect(added.code).toBe(0);
    const [token, ...again] = added.stdout.match(TOKEN) ?? [];
    expect(again).toEqual([]);
    expect(added.stdout).toContain(`  code: ${token}`);
    expect(added.stdout).not.toMatch(/http|#token=/);
    expect(added.stdout).toMatch(/shown only this once/);

    const listed = await adminProcess(['token', 'list']);
    expect(listed.stdout).not.toMatch(/lt_/);
    expect(listed.stdout).toMatch(/^id\s+team\s+role\s+label\s+created\s+last used\s+revoked\n/);
    const id = /^(\d+)\s+Quartier Nord\s+worker\s+Phone of Sam\s+\S+ \S+\s+-\s+-$/m.exec(listed.stdout)?.[1];
    expect(id).toBeDefined();

    // A server on the same DATA_DIR, as in production (the CLI may run while it serves).
    const db = openDatabase(dataDir);
    runMigrations(db);
    const distDir = path.join(tmp, 'dist');
    writeFakeDist(distDir);
    const app = await buildApp({ distDir, stores: sqliteStores(db), rateLimit: NO_LIMITS });
    try {
      const me = () => app.inject({ method: 'GET', url: '/api/v1/me', headers: { authorization: `Bearer ${token}` } });
      expect((await me()).json()).toEqual({ team: 'Quartier Nord', role: 'worker', label: 'Phone of Sam' });
      expect(await adminProcess(['token', 'revoke', String(id)])).toMatchObject({
        code: 0,
        stdout: `Token ${id} ("Phone of Sam", team "Quartier Nord") revoked.\n`,
      });
      expect((await me()).statusCode).toBe(401);
    } finally {
      await app.close();
      db.close();
    }
  }, 60_000);
});

describe('admin CLI (in-process)', () => {
  it('lists tokens with last use and revocation, never the secret', async () => {
    await admin(['team', 'add', 'Sud']);
    const { stdout } = await admin(['token', 'add', '--team', 'Sud', '--role', 'coordinator', '--label', 'Lea']);
    const id = /Token (\d+) created/.exec(stdout)?.[1];
    await admin(['token', 'revoke', String(id)]);
    const list = (await admin(['token', 'list', '--team', 'sud'])).stdout;
    expect(list).not.toMatch(/lt_/);
    expect(list).toMatch(
      new RegExp(`^${id}\\s+Sud\\s+coordinator\\s+Lea\\s+\\S+ \\S+\\s+-\\s+\\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2}Z$`, 'm'),
    );
    expect((await admin(['team', 'list'])).stdout).toMatch(/Sud\s+\S+ \S+\s+0$/m);
  });

  it('[S94] invite add prints a join link and its code (--origin, PORT); the code joins one device, once', async () => {
    await admin(['team', 'add', 'Est']);
    const add = async (extra: string[], env: Record<string, string> = {}) =>
      (await admin(['invite', 'add', '--team', 'Est', '--role', 'worker', '--label', 'x', ...extra], env)).stdout;
    expect(await add(['--origin', 'https://terrain.example.org'])).toMatch(
      /join link: https:\/\/terrain\.example\.org\/join#invite=li_[A-Za-z0-9_-]{22}\n/,
    );
    expect(await add(['--origin', 'https://terrain.example.org/'])).toMatch(
      /https:\/\/terrain\.example\.org\/join#invite=/,
    );
    const printed = await add(['--minutes', '5'], { PORT: '3000' });
    expect(printed).toMatch(/join link: http:\/\/127\.0\.0\.1:3000\/join#invite=li_/);
    expect(printed).not.toMatch(/lt_/);
    const invite = /code: +(li_\S+)/.exec(printed)?.[1] ?? '';
    expect((await admin(['invite', 'list'])).stdout).toMatch(/^\d+\s+Est\s+worker\s+x\s+\S+ \S+$/m);

    const db = openDatabase(dataDir);
    runMigrations(db);
    const distDir = path.join(tmp, 'dist-invite');
    writeFakeDist(distDir);
    const app = await buildApp({ distDir, stores: sqliteStores(db), rateLimit: NO_LIMITS });
    try {
      const join = () =>
        app.inject({
          method: 'POST',
          url: '/api/v1/join',
          payload: { invite },
          headers: { 'content-type': 'application/json' },
        });
      const first = await join();
      expect(first.statusCode).toBe(200);
      expect(first.json()).toMatchObject({ team: 'Est', role: 'worker', label: 'x' });
      expect((await join()).statusCode).toBe(401);
    } finally {
      await app.close();
      db.close();
    }
    expect(
      (await admin(['invite', 'add', '--team', 'Est', '--role', 'worker', '--label', 'x', '--minutes', '0'])).stderr,
    ).toMatch(/An invite lives 1 to 1440 minutes/);
    expect(
      (await admin(['token', 'add', '--team', 'Est', '--role', 'worker', '--label', 'x', '--origin', 'https://a.b']))
        .code,
    ).toBe(2);
  });

  it('clear errors and exit codes (2 = wrong command line, 1 = failed)', async () => {
    await admin(['team', 'add', 'Ouest']);
    const cases: Array<[string[], number, string | RegExp]> = [
      [[], 2, 'Usage: npm run admin -- <command>'],
      [['--help'], 0, 'Usage: npm run admin -- <command>'],
      [['token', 'add', '--team', 'Ouest', '--role', 'worker'], 2, 'Error: --label is required (whose device is it?)'],
      [['token', 'add', '--role', 'worker', '--label', 'x'], 2, 'Error: --team is required'],
      [
        ['token', 'add', '--team', 'Nowhere', '--role', 'worker', '--label', 'x'],
        1,
        'Error: No team named "Nowhere" (see `team list`)',
      ],
      [['token', 'add', '--team', 'Ouest', '--role', 'worker', '--label', ' '], 1, /label must be 1–100 printable/],
      [
        ['invite', 'add', '--team', 'Ouest', '--role', 'worker', '--label', 'x', '--origin', 'https://h/p'],
        2,
        /--origin must be/,
      ],
      [
        ['invite', 'add', '--team', 'Ouest', '--role', 'worker', '--label', 'x', '--origin', 'ftp://h'],
        2,
        /--origin must be/,
      ],
      [['invite', 'add', '--team', 'Ouest', '--role', 'worker', '--label', 'x', '--origin', 'nope'], 2, /is not a URL/],
      [['token', 'revoke', 'abc'], 2, 'Error: Token id must be a positive integer, got abc'],
      [['token', 'revoke', '999'], 1, 'Error: No token with id 999 (see `token list`)'],
      [['token', 'revoke'], 2, /takes one token id/],
      [['token', 'list', '--team', 'Nowhere'], 1, /No team named "Nowhere"/],
      [['team', 'add'], 2, /takes one team name/],
      [['team', 'add', '<script>'], 1, /Invalid team name/],
      [['team', 'add', 'x'.repeat(61)], 1, /Invalid team name/],
      [['frobnicate'], 2, 'Error: Unknown command `frobnicate`'],
      [['team', 'list', '--verbose'], 2, /^Error: Unknown option '--verbose'/],
      [['team', 'list'], 1, 'Invalid server configuration:'],
    ];
    for (const [args, code, first] of cases) {
      const run = await admin(
        args,
        args[0] === 'team' && args[1] === 'list' && args.length === 2 ? { PORT: 'eighty' } : {},
      );
      const line = (run.stderr || run.stdout).split('\n')[0];
      expect([args.join(' '), run.code, line]).toEqual([
        args.join(' '),
        code,
        typeof first === 'string' ? first : expect.stringMatching(first),
      ]);
    }
  });

  it('revoking twice is refused', async () => {
    await admin(['team', 'add', 'Centre']);
    const id = /Token (\d+)/.exec(
      (await admin(['token', 'add', '--team', 'Centre', '--role', 'worker', '--label', 'y'])).stdout,
    )?.[1];
    expect((await admin(['token', 'revoke', String(id)])).code).toBe(0);
    const twice = await admin(['token', 'revoke', String(id)]);
    expect(twice.code).toBe(1);
    expect(twice.stderr).toMatch(/already revoked/);
  });
});
