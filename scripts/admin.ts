/**
 * `npm run admin -- <command>`: manage teams and tokens of the sync server (docs/SERVER.md, "Teams and tokens").
 * Works on the server's database (DATABASE_URL, else DATA_DIR/limits-terrain.sqlite), also while the server runs.
 */
import { runAdmin } from '../server/admin/admin-cli';

process.exitCode = await runAdmin(process.argv.slice(2), process.env, {
  out: (line) => process.stdout.write(`${line}\n`),
  err: (line) => process.stderr.write(`${line}\n`),
});
