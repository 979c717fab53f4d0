import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '../../server/config';

const cwd = path.resolve('/srv/limits');

describe('loadConfig', () => {
  it('has safe defaults: localhost only, ./data and ./dist resolved against cwd', () => {
    expect(loadConfig({}, cwd)).toEqual({
      port: 8080,
      host: '127.0.0.1',
      dataDir: path.join(cwd, 'data'),
      distDir: path.join(cwd, 'dist'),
      logLevel: 'info',
      trustProxy: false,
      rateLimit: { requestsPerMinute: 120, authFailures: 10 },
      connections: { maxConnectionsPerIp: 32, requestTimeoutMs: 30_000 },
      quotas: { contactsPerDayPerToken: 2000, contactsPerDayPerTeam: 20000, bytesPerTeam: 1024 * 2 ** 20 },
      stats: { minCell: 5 },
    });
  });

  it('reads every variable', () => {
    const config = loadConfig(
      {
        PORT: '3000',
        HOST: '0.0.0.0',
        DATA_DIR: '/var/lib/limits',
        DIST_DIR: 'build',
        LOG_LEVEL: 'WARN',
        TRUST_PROXY: '2',
        RATE_LIMIT_PER_MINUTE: '600',
        AUTH_FAILURE_LIMIT: '5',
        MAX_CONNECTIONS_PER_IP: '0',
        REQUEST_TIMEOUT_SECONDS: '12',
        QUOTA_CONTACTS_PER_DAY_PER_TOKEN: '10',
        QUOTA_CONTACTS_PER_DAY_PER_TEAM: '20',
        QUOTA_STORAGE_MB_PER_TEAM: '3',
        LT_STATS_MIN_CELL: '10',
      },
      cwd,
    );
    expect(config).toEqual({
      port: 3000,
      host: '0.0.0.0',
      dataDir: path.resolve('/var/lib/limits'),
      distDir: path.join(cwd, 'build'),
      logLevel: 'warn',
      trustProxy: 2,
      rateLimit: { requestsPerMinute: 600, authFailures: 5 },
      connections: { maxConnectionsPerIp: 0, requestTimeoutMs: 12_000 },
      quotas: { contactsPerDayPerToken: 10, contactsPerDayPerTeam: 20, bytesPerTeam: 3 * 2 ** 20 },
      stats: { minCell: 10 },
    });
  });

  it('[S102] refuses a statistics threshold below 5: it may be raised, never lowered', () => {
    for (const value of ['4', '0', '-5', '5.5', 'many']) {
      expect(() => loadConfig({ LT_STATS_MIN_CELL: value }, cwd)).toThrow(ConfigError);
    }
    expect(() => loadConfig({ LT_STATS_MIN_CELL: '4' }, cwd)).toThrow(/LT_STATS_MIN_CELL="4": must be at least 5/);
  });

  it('treats empty values as unset', () => {
    expect(loadConfig({ PORT: '', LOG_LEVEL: '' }, cwd)).toMatchObject({ port: 8080, logLevel: 'info' });
  });

  it.each([
    ['1', 1],
    ['false', false],
    ['10.0.0.1, 10.0.0.0/8', ['10.0.0.1', '10.0.0.0/8']],
    ['::1', ['::1']],
  ])('parses TRUST_PROXY=%s', (value, expected) => {
    expect(loadConfig({ TRUST_PROXY: value }, cwd).trustProxy).toEqual(expected);
  });

  it.each([
    [{ PORT: 'eighty' }, /PORT="eighty": must be a number/],
    [{ PORT: '70000' }, /PORT="70000": must be between 0 and 65535/],
    [{ PORT: '80.5' }, /PORT="80.5": must be an integer/],
    [{ LOG_LEVEL: 'verbose' }, /LOG_LEVEL="verbose": must be one of fatal, error/],
    [{ TRUST_PROXY: 'yes please' }, /TRUST_PROXY="yes please"/],
    [{ TRUST_PROXY: 'true' }, /TRUST_PROXY="true": must be a hop count .* would believe any client's X-Forwarded-For/],
    [{ MAX_CONNECTIONS_PER_IP: '-1' }, /MAX_CONNECTIONS_PER_IP="-1": must be 0 or more/],
    [{ REQUEST_TIMEOUT_SECONDS: '0' }, /REQUEST_TIMEOUT_SECONDS="0": must be at least 1/],
    [{ RATE_LIMIT_PER_MINUTE: '0' }, /RATE_LIMIT_PER_MINUTE="0": must be at least 1/],
    [{ AUTH_FAILURE_LIMIT: 'many' }, /AUTH_FAILURE_LIMIT="many": must be a number/],
    [{ HOST: '   ' }, /HOST/],
  ])('rejects %o with a clear message', (env, message) => {
    expect(() => loadConfig(env, cwd)).toThrow(ConfigError);
    expect(() => loadConfig(env, cwd)).toThrow(message);
  });

  it('DATABASE_URL selects PostgreSQL; unset or empty keeps SQLite; another scheme is refused without echoing it', () => {
    expect(loadConfig({ DATABASE_URL: 'postgres://u:secret@db:5432/limits' }, cwd).databaseUrl).toBe(
      'postgres://u:secret@db:5432/limits',
    );
    expect(loadConfig({ DATABASE_URL: 'postgresql://db/limits' }, cwd).databaseUrl).toBe('postgresql://db/limits');
    expect(loadConfig({ DATABASE_URL: '' }, cwd).databaseUrl).toBeUndefined();
    expect(loadConfig({}, cwd).databaseUrl).toBeUndefined();
    const refused = () => loadConfig({ DATABASE_URL: 'mysql://u:secret@db/limits' }, cwd);
    expect(refused).toThrow(/DATABASE_URL="…": must be a postgres:\/\/ or postgresql:\/\/ URL/);
    expect(refused).not.toThrow(/secret/);
  });

  it('reports all invalid variables at once', () => {
    expect(() => loadConfig({ PORT: 'x', LOG_LEVEL: 'y' }, cwd)).toThrow(/PORT[\s\S]*LOG_LEVEL/);
  });
});
