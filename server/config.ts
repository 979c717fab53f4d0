import path from 'node:path';
import { z } from 'zod';
import { DEFAULT_MIN_CELL } from '../src/shared/protocol/stats';

/**
 * Server configuration, read once from the environment at start-up.
 *
 * Everything is validated up front so a typo in a deployment file fails the
 * start with a readable message instead of surfacing later as a half-working
 * server (e.g. listening on the wrong interface).
 */

export const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;
export type LogLevel = (typeof LOG_LEVELS)[number];

/**
 * What the server believes of `X-Forwarded-*`: nothing (false), the last `n` hops, or connections from these
 * proxy addresses. Never a blanket `true`: any client could then forge `X-Forwarded-For` and escape every
 * per-address limit (issue #13).
 */
export type TrustProxy = false | number | string[];

export interface ServerConfig {
  port: number;
  host: string;
  /** Absolute path of the directory holding the SQLite database (unused when `databaseUrl` is set). */
  dataDir: string;
  /** `DATABASE_URL`: a postgres:// URL selects PostgreSQL; undefined keeps SQLite in `dataDir`. */
  databaseUrl?: string | undefined;
  /** Absolute path of the built front end (Vite output). */
  distDir: string;
  logLevel: LogLevel;
  trustProxy: TrustProxy;
  /** [S51] Requests per minute per IP and per token, and failed authentications per 15 min (default 120, 10). */
  rateLimit?: { requestsPerMinute: number; authFailures: number };
  /** Issue #13: per-address cap on open connections (0 = none) and the whole-request timeout. */
  connections?: { maxConnectionsPerIp: number; requestTimeoutMs: number };
  /** Issue #13: contacts per UTC day per token and per team, and bytes stored per team. */
  quotas?: { contactsPerDayPerToken: number; contactsPerDayPerTeam: number; bytesPerTeam: number };
  /** [S102] `LT_STATS_MIN_CELL`: statistics below this are suppressed; 5 or more (a lower value is refused). */
  stats?: { minCell: number };
}

export class ConfigError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ConfigError';
  }
}

// Empty strings count as "unset": `PORT= npm start` is a common way to clear a variable.
const optional = <T extends z.ZodType>(schema: T) =>
  z.preprocess((value) => (value === '' ? undefined : value), schema);

const portSchema = z.coerce
  .number({ error: 'must be a number' })
  .int({ error: 'must be an integer' })
  .min(0, { error: 'must be between 0 and 65535' })
  .max(65535, { error: 'must be between 0 and 65535' });

const nonNegativeInt = z.coerce
  .number({ error: 'must be a number' })
  .int({ error: 'must be an integer' })
  .min(0, { error: 'must be 0 or more' });

const positiveInt = z.coerce
  .number({ error: 'must be a number' })
  .int({ error: 'must be an integer' })
  .min(1, { error: 'must be at least 1' });

const trustProxySchema = z.string().transform((raw, ctx): TrustProxy => {
  const value = raw.trim();
  if (value === '' || value === 'false' || value === '0') return false;
  if (value === 'true') {
    ctx.addIssue({
      code: 'custom',
      message:
        'must be a hop count (1 for one nginx/Caddy in front) or the proxies\' addresses; "true" would believe any client\'s X-Forwarded-For',
    });
    return z.NEVER;
  }
  // A bare integer means "trust this many hops", which is what a single
  // reverse proxy (nginx, Caddy) in front of the server needs: TRUST_PROXY=1.
  if (/^\d+$/.test(value)) return Number(value);
  const list = value
    .split(',')
    .map((entry) => entry.trim())
    .filter((entry) => entry !== '');
  if (list.some((entry) => !/^[0-9a-fA-F.:/]+$/.test(entry))) {
    ctx.addIssue({
      code: 'custom',
      message: 'must be "false", a hop count, or a comma-separated list of IP addresses/CIDRs',
    });
    return z.NEVER;
  }
  return list;
});

// Only PostgreSQL is reachable by URL: any other scheme is a typo that must not silently fall back to SQLite.
const databaseUrlSchema = z
  .string()
  .trim()
  .refine((value) => /^postgres(ql)?:\/\/./.test(value), { error: 'must be a postgres:// or postgresql:// URL' });

const envSchema = z.object({
  DATABASE_URL: optional(databaseUrlSchema.optional()),
  PORT: optional(portSchema.default(8080)),
  HOST: optional(z.string().trim().min(1).default('127.0.0.1')),
  DATA_DIR: optional(z.string().default('./data')),
  DIST_DIR: optional(z.string().default('./dist')),
  LOG_LEVEL: optional(
    z
      .string()
      .trim()
      .toLowerCase()
      .pipe(z.enum(LOG_LEVELS, { error: `must be one of ${LOG_LEVELS.join(', ')}` }))
      .default('info'),
  ),
  TRUST_PROXY: optional(trustProxySchema.default(false)),
  RATE_LIMIT_PER_MINUTE: optional(positiveInt.default(120)),
  AUTH_FAILURE_LIMIT: optional(positiveInt.default(10)),
  MAX_CONNECTIONS_PER_IP: optional(nonNegativeInt.default(32)),
  REQUEST_TIMEOUT_SECONDS: optional(positiveInt.default(30)),
  QUOTA_CONTACTS_PER_DAY_PER_TOKEN: optional(positiveInt.default(2000)),
  QUOTA_CONTACTS_PER_DAY_PER_TEAM: optional(positiveInt.default(20000)),
  QUOTA_STORAGE_MB_PER_TEAM: optional(positiveInt.default(1024)),
  LT_STATS_MIN_CELL: optional(
    positiveInt
      .min(DEFAULT_MIN_CELL, {
        error: `must be at least ${DEFAULT_MIN_CELL}: the threshold may be raised, never lowered`,
      })
      .default(DEFAULT_MIN_CELL),
  ),
});

/**
 * Parses the environment into a {@link ServerConfig}. Relative directories are
 * resolved against `cwd` so the rest of the server only ever sees absolute paths.
 *
 * @throws ConfigError listing every invalid variable.
 */
export function loadConfig(env: NodeJS.ProcessEnv = process.env, cwd: string = process.cwd()): ServerConfig {
  const result = envSchema.safeParse(env);
  if (!result.success) {
    const lines = result.error.issues.map((issue) => {
      const name = issue.path.join('.') || '(environment)';
      // A database URL may carry a password: never echo it.
      const shown = name === 'DATABASE_URL' ? '"…"' : JSON.stringify(env[name] ?? '');
      return `  ${name}=${shown}: ${issue.message}`;
    });
    throw new ConfigError(`Invalid server configuration:\n${lines.join('\n')}`);
  }
  const parsed = result.data;
  return {
    port: parsed.PORT,
    host: parsed.HOST,
    dataDir: path.resolve(cwd, parsed.DATA_DIR),
    databaseUrl: parsed.DATABASE_URL,
    distDir: path.resolve(cwd, parsed.DIST_DIR),
    logLevel: parsed.LOG_LEVEL,
    trustProxy: parsed.TRUST_PROXY,
    rateLimit: { requestsPerMinute: parsed.RATE_LIMIT_PER_MINUTE, authFailures: parsed.AUTH_FAILURE_LIMIT },
    connections: {
      maxConnectionsPerIp: parsed.MAX_CONNECTIONS_PER_IP,
      requestTimeoutMs: parsed.REQUEST_TIMEOUT_SECONDS * 1000,
    },
    quotas: {
      contactsPerDayPerToken: parsed.QUOTA_CONTACTS_PER_DAY_PER_TOKEN,
      contactsPerDayPerTeam: parsed.QUOTA_CONTACTS_PER_DAY_PER_TEAM,
      bytesPerTeam: parsed.QUOTA_STORAGE_MB_PER_TEAM * 2 ** 20,
    },
    stats: { minCell: parsed.LT_STATS_MIN_CELL },
  };
}
