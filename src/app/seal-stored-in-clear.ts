import { sealPlainRows } from '../data/contacts/contact-migration';
import { sealTeamToken } from '../data/team/sync-meta';

/** What was stored before the passcode, sealed at unlock ([S92], [S93]); throws when it could not finish. */
export async function sealStoredInClear(): Promise<void> {
  const start = performance.now();
  const count = await sealPlainRows();
  // Read by scripts/bench/contacts-browser.ts: how long sealing a database from before the passcode takes.
  if (count > 0) performance.measure('vault-seal-migration', { start, end: performance.now(), detail: { count } });
  // [S93] A team joined before the passcode: its access code is sealed like the contacts.
  await sealTeamToken();
}
