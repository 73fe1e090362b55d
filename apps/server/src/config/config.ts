import path from 'node:path';
import { Type, type Static } from '@sinclair/typebox';
import { Value } from '@sinclair/typebox/value';

/**
 * The environment the program reads, with defaults for a newcomer's machine. This file is the only
 * reader of `process.env`; everything else receives a typed `Config`.
 */
const Env = Type.Object({
  MOTCUA_MODE: Type.Union([Type.Literal('demo'), Type.Literal('production'), Type.Literal('test')], {
    default: 'demo',
  }),
  HOST: Type.String({ minLength: 1, default: '127.0.0.1' }),
  PORT: Type.Integer({ minimum: 0, maximum: 65535, default: 3000 }),
  MOTCUA_DATA_DIR: Type.String({ minLength: 1, default: './data' }),
  DATABASE_URL: Type.Optional(Type.String({ pattern: '^postgres(ql)?://' })),
  MOTCUA_PG_PORT: Type.Integer({ minimum: 0, maximum: 65535, default: 0 }),
  MOTCUA_DB_POOL_SIZE: Type.Integer({ minimum: 1, maximum: 200, default: 10 }),
  MOTCUA_PUBLIC_URL: Type.Optional(Type.String({ pattern: '^https?://' })),
  MOTCUA_WORKER_CONCURRENCY: Type.Integer({ minimum: 1, maximum: 64, default: 2 }),
  MOTCUA_SEARCH_REFRESH_MS: Type.Integer({ minimum: 0, default: 5000 }),
  LOG_LEVEL: Type.Union(
    ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'].map((l) => Type.Literal(l)),
    { default: 'info' },
  ),
});
type Env = Static<typeof Env>;

export type Mode = Env['MOTCUA_MODE'];

export interface Config {
  mode: Mode;
  host: string;
  port: number;
  dataDir: string;
  /** An external PostgreSQL; when absent the program starts its own under `dataDir`. */
  databaseUrl: string | undefined;
  embeddedPgPort: number;
  dbPoolSize: number;
  publicUrl: string | undefined;
  workerConcurrency: number;
  searchRefreshMs: number;
  logLevel: Env['LOG_LEVEL'];
}

/** Thrown when the environment is invalid; the message names every bad variable. */
export class ConfigError extends Error {
  override name = 'ConfigError';
}

const integerKeys = new Set([
  'PORT',
  'MOTCUA_PG_PORT',
  'MOTCUA_DB_POOL_SIZE',
  'MOTCUA_WORKER_CONCURRENCY',
  'MOTCUA_SEARCH_REFRESH_MS',
]);

function pickKnown(source: Record<string, string | undefined>): Record<string, unknown> {
  const picked: Record<string, unknown> = {};
  for (const key of Object.keys(Env.properties)) {
    const raw = source[key];
    if (raw === undefined || raw === '') continue;
    picked[key] = integerKeys.has(key) && /^-?\d+$/.test(raw.trim()) ? Number(raw.trim()) : raw.trim();
  }
  return picked;
}

/** Parses the environment once, failing fast with a message naming each bad variable. */
export function loadConfig(source: Record<string, string | undefined> = process.env): Config {
  const candidate = Value.Default(Env, pickKnown(source));
  const problems = [...Value.Errors(Env, candidate)].map(
    (e) => `${e.path.replace(/^\//, '') || '(environment)'}: ${e.message} (got ${JSON.stringify(e.value)})`,
  );
  if (problems.length > 0) {
    throw new ConfigError(`Invalid configuration:\n  ${problems.join('\n  ')}`);
  }
  const env = Value.Decode(Env, candidate);
  return {
    mode: env.MOTCUA_MODE,
    host: env.HOST,
    port: env.PORT,
    dataDir: path.resolve(env.MOTCUA_DATA_DIR),
    databaseUrl: env.DATABASE_URL,
    embeddedPgPort: env.MOTCUA_PG_PORT,
    dbPoolSize: env.MOTCUA_DB_POOL_SIZE,
    publicUrl: env.MOTCUA_PUBLIC_URL,
    workerConcurrency: env.MOTCUA_WORKER_CONCURRENCY,
    searchRefreshMs: env.MOTCUA_SEARCH_REFRESH_MS,
    logLevel: env.LOG_LEVEL,
  };
}

/** Test-harness settings (only tests read these). */
export function loadTestEnv(source: Record<string, string | undefined> = process.env): {
  databaseUrl: string | undefined;
} {
  return { databaseUrl: source['TEST_DATABASE_URL'] ?? source['DATABASE_URL'] };
}
