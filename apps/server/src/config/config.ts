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
  MOTCUA_MASTER_KEY: Type.Optional(
    Type.String({ pattern: '^[A-Za-z0-9+/_-]{43,}={0,2}$', description: 'base64 of at least 32 random bytes' }),
  ),
  MOTCUA_STORAGE: Type.Union([Type.Literal('local'), Type.Literal('s3')], { default: 'local' }),
  MOTCUA_S3_ENDPOINT: Type.Optional(Type.String({ pattern: '^https?://' })),
  MOTCUA_S3_REGION: Type.String({ default: 'us-east-1' }),
  MOTCUA_S3_BUCKET: Type.Optional(Type.String({ minLength: 3 })),
  MOTCUA_S3_ACCESS_KEY_ID: Type.Optional(Type.String({ minLength: 1 })),
  MOTCUA_S3_SECRET_ACCESS_KEY: Type.Optional(Type.String({ minLength: 1 })),
  MOTCUA_UPLOAD_MAX_BYTES: Type.Integer({ minimum: 1024, default: 10 * 1024 * 1024 }),
  MOTCUA_APPLICATION_MAX_BYTES: Type.Integer({ minimum: 1024, default: 50 * 1024 * 1024 }),
  MOTCUA_ZALO_GRAPH_URL: Type.Optional(Type.String({ pattern: '^https?://' })),
  MOTCUA_CORS_ORIGINS: Type.Optional(Type.String({ minLength: 1 })),
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
  /** Root of every tenant data key (uploads, TOTP secrets, signing keys). */
  masterKey: Buffer;
  storage: StorageConfig;
  uploadMaxBytes: number;
  applicationMaxBytes: number;
  /**
   * Zalo's graph host (Mini App sign-in). Unset: `https://graph.zalo.me` in production, the mounted
   * simulator in demo mode.
   */
  zaloGraphUrl: string | undefined;
  /** Origins allowed to call the API from a browser (the Zalo Mini App's); empty: same origin only. */
  corsOrigins: string[];
}

export type StorageConfig =
  | { kind: 'local'; dir: string }
  | {
      kind: 's3';
      endpoint: string | undefined;
      region: string;
      bucket: string;
      accessKeyId: string;
      secretAccessKey: string;
    };

/**
 * A fixed key for demo and test data only: anyone can read it here, so production refuses to start
 * without its own `MOTCUA_MASTER_KEY`.
 */
const DEMO_MASTER_KEY = Buffer.from('motcua-demo-master-key-not-for-production!', 'utf8');

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
  'MOTCUA_UPLOAD_MAX_BYTES',
  'MOTCUA_APPLICATION_MAX_BYTES',
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
  const dataDir = path.resolve(env.MOTCUA_DATA_DIR);
  return {
    mode: env.MOTCUA_MODE,
    host: env.HOST,
    port: env.PORT,
    dataDir,
    databaseUrl: env.DATABASE_URL,
    embeddedPgPort: env.MOTCUA_PG_PORT,
    dbPoolSize: env.MOTCUA_DB_POOL_SIZE,
    publicUrl: env.MOTCUA_PUBLIC_URL,
    workerConcurrency: env.MOTCUA_WORKER_CONCURRENCY,
    searchRefreshMs: env.MOTCUA_SEARCH_REFRESH_MS,
    logLevel: env.LOG_LEVEL,
    masterKey: masterKeyOf(env),
    storage: storageOf(env, dataDir),
    uploadMaxBytes: env.MOTCUA_UPLOAD_MAX_BYTES,
    applicationMaxBytes: env.MOTCUA_APPLICATION_MAX_BYTES,
    zaloGraphUrl: env.MOTCUA_ZALO_GRAPH_URL?.replace(/\/+$/, ''),
    corsOrigins: corsOriginsOf(env),
  };
}

function corsOriginsOf(env: Env): string[] {
  const origins = (env.MOTCUA_CORS_ORIGINS ?? '')
    .split(',')
    .map((o) => o.trim().replace(/\/+$/, ''))
    .filter((o) => o !== '');
  const bad = origins.filter((o) => !/^[a-z][a-z0-9+.-]*:\/\/[^/\s]+$/i.test(o));
  if (bad.length > 0) {
    throw new ConfigError(
      `Invalid configuration:\n  MOTCUA_CORS_ORIGINS: not an origin (scheme://host[:port]): ${bad.join(', ')}`,
    );
  }
  return origins;
}

function masterKeyOf(env: Env): Buffer {
  if (env.MOTCUA_MASTER_KEY) {
    const key = Buffer.from(env.MOTCUA_MASTER_KEY, 'base64');
    if (key.length < 32)
      throw new ConfigError('Invalid configuration:\n  MOTCUA_MASTER_KEY: must encode at least 32 bytes');
    return key;
  }
  if (env.MOTCUA_MODE === 'production') {
    throw new ConfigError(
      'Invalid configuration:\n  MOTCUA_MASTER_KEY: required in production (base64 of 32 random bytes)',
    );
  }
  return DEMO_MASTER_KEY;
}

function storageOf(env: Env, dataDir: string): StorageConfig {
  if (env.MOTCUA_STORAGE === 'local') return { kind: 'local', dir: path.join(dataDir, 'files') };
  const missing = (['MOTCUA_S3_BUCKET', 'MOTCUA_S3_ACCESS_KEY_ID', 'MOTCUA_S3_SECRET_ACCESS_KEY'] as const).filter(
    (k) => !env[k],
  );
  if (missing.length > 0) {
    throw new ConfigError(
      `Invalid configuration:\n  ${missing.map((k) => `${k}: required when MOTCUA_STORAGE=s3`).join('\n  ')}`,
    );
  }
  return {
    kind: 's3',
    endpoint: env.MOTCUA_S3_ENDPOINT,
    region: env.MOTCUA_S3_REGION,
    bucket: env.MOTCUA_S3_BUCKET ?? '',
    accessKeyId: env.MOTCUA_S3_ACCESS_KEY_ID ?? '',
    secretAccessKey: env.MOTCUA_S3_SECRET_ACCESS_KEY ?? '',
  };
}

/** Test-harness settings (only tests read these). */
export function loadTestEnv(source: Record<string, string | undefined> = process.env): {
  databaseUrl: string | undefined;
} {
  return { databaseUrl: source['TEST_DATABASE_URL'] ?? source['DATABASE_URL'] };
}
