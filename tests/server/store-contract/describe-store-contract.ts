/**
 * The whole storage contract (server/store/stores.ts), one suite for every implementation: memory, SQLite and
 * PostgreSQL run exactly these tests (memory.test.ts, sqlite.test.ts, postgres.test.ts).
 */
import { describeAuthStoreContract } from './auth';
import { describeContactStoreContract } from './contacts';
import { describeDirectoryStoreContract } from './directory';
import { describeStatsStoreContract } from './stats';
import type { MakeStores } from './fixture';
import { describeUsageStoreContract } from './usage';

export function describeStoreContract(name: string, makeStores: MakeStores): void {
  describeAuthStoreContract(name, makeStores);
  describeContactStoreContract(name, makeStores);
  describeDirectoryStoreContract(name, makeStores);
  describeUsageStoreContract(name, makeStores);
  describeStatsStoreContract(name, makeStores);
}
