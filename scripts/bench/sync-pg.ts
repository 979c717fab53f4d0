/** A throwaway PostgreSQL database for the sync benchmark, on the cluster LT_BENCH_PG_URL points at. */
import { randomBytes } from 'node:crypto';
import pg from 'pg';

export interface BenchDatabase {
  url: string;
  drop: () => Promise<void>;
}

async function withClient<T>(url: string, work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

/** CREATE DATABASE lt_bench_<random> through the admin URL; `drop` removes it (and ends its connections). */
export async function createBenchDatabase(adminUrl: string): Promise<BenchDatabase> {
  const name = `lt_bench_${randomBytes(6).toString('hex')}`;
  await withClient(adminUrl, (client) => client.query(`CREATE DATABASE ${name}`));
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    drop: () => withClient(adminUrl, (client) => client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`)).then(),
  };
}

/** The settings that change write figures most, printed beside them (a test cluster often runs fsync=off). */
export function pgSettings(url: string): Promise<string> {
  return withClient(url, async (client) => {
    const { rows } = await client.query<{ name: string; setting: string }>(
      "SELECT name, setting FROM pg_settings WHERE name IN ('server_version', 'fsync', 'synchronous_commit') ORDER BY name",
    );
    return rows.map((row) => `${row.name}=${row.setting}`).join(', ');
  });
}
