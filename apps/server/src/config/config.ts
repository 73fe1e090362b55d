import path from 'node:path';
import { Type, type Static } from '@sinclair/typebox';
import { Value } from '@sinclair/typebox/value';
import { chatEnv, chatOf, type ChatConfig } from './chat-env.ts';
import { integrationsEnv, integrationsOf, type IntegrationsConfig } from './integrations-env.ts';
import { recoveryEnv, recoveryOf, type RecoveryConfig } from './recovery-env.ts';
import { smtpOf, type SmtpConfig } from './smtp-env.ts';

export type { SmtpConfig } from './smtp-env.ts';

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
  // Secret-bearing values are checked in code, so that an error never repeats them.
  MOTCUA_SMS_URL: Type.Optional(Type.String({ minLength: 1 })),
  MOTCUA_SMS_METHOD: Type.Union([Type.Literal('POST'), Type.Literal('PUT'), Type.Literal('GET')], { default: 'POST' }),
  MOTCUA_SMS_AUTH: Type.Optional(Type.String({ minLength: 1 })),
  MOTCUA_SMS_BODY: Type.Optional(Type.String({ minLength: 1 })),
  MOTCUA_SMS_CONTENT_TYPE: Type.Union([Type.Literal('json'), Type.Literal('form')], { default: 'json' }),
  MOTCUA_SMS_ID_POINTER: Type.Optional(Type.String({ pattern: '^/' })),
  MOTCUA_SMS_SUCCESS: Type.Optional(Type.String({ pattern: '^/[^=]*=' })),
  MOTCUA_SMS_SENDER: Type.Optional(Type.String({ minLength: 1, maxLength: 32 })),
  MOTCUA_SMS_ASCII: Type.Union([Type.Literal('true'), Type.Literal('false')], { default: 'false' }),
  MOTCUA_SMS_DEDUPLICATES: Type.Union([Type.Literal('true'), Type.Literal('false')], { default: 'false' }),
  MOTCUA_ZALO_OPENAPI_URL: Type.Optional(Type.String({ pattern: '^https?://' })),
  MOTCUA_ZALO_OAUTH_URL: Type.Optional(Type.String({ pattern: '^https?://' })),
  MOTCUA_ZALO_BUSINESS_URL: Type.Optional(Type.String({ pattern: '^https?://' })),
  MOTCUA_ZALO_MEDIA_HOSTS: Type.Optional(Type.String({ minLength: 1 })),
  MOTCUA_ZNS_DEDUPLICATES: Type.Optional(Type.Union([Type.Literal('true'), Type.Literal('false')])),
  MOTCUA_SMS_PHONE_FORMAT: Type.Union([Type.Literal('e164'), Type.Literal('local')], { default: 'e164' }),
  MOTCUA_SMS_TIMEOUT_MS: Type.Integer({ minimum: 100, maximum: 120_000, default: 10_000 }),
  MOTCUA_SMTP_URL: Type.Optional(Type.String({ minLength: 1 })),
  MOTCUA_MAIL_FROM: Type.Optional(Type.String({ minLength: 3 })),
  MOTCUA_SMTP_TIMEOUT_MS: Type.Integer({ minimum: 100, maximum: 300_000, default: 15_000 }),
  /** Broadcast sends a minute per province (0 = no pacing; Zalo allows 4,000 a minute per app) and sends in flight. */
  MOTCUA_BROADCAST_RATE_PER_MINUTE: Type.Integer({ minimum: 0, maximum: 1_000_000, default: 3000 }),
  MOTCUA_BROADCAST_CONCURRENCY: Type.Integer({ minimum: 1, maximum: 256, default: 16 }),
  ...integrationsEnv,
  ...recoveryEnv,
  ...chatEnv,
  LOG_LEVEL: Type.Union(
    ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'].map((l) => Type.Literal(l)),
    { default: 'info' },
  ),
});
type Env = Static<typeof Env>;

export type Mode = Env['MOTCUA_MODE'];

export interface Config extends RecoveryConfig, ChatConfig {
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
  /** Broadcast fan-out pacing: sends a minute per province (0 = unpaced) and sends in flight. */
  broadcast: { ratePerMinute: number; concurrency: number };
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
  /** Zalo's OA hosts when not Zalo's own (unset: Zalo in production, the mounted simulator in demo). */
  zaloHosts: { openapi?: string; oauth?: string; business?: string };
  /**
   * Hosts the chat bot may fetch photos from (the URLs in Zalo's webhooks): `host`, `host:port` or
   * `*.suffix`. Demo and test modes add the Zalo simulator's host.
   */
  zaloMediaHosts: string[];
  /**
   * Whether Zalo recognises a resent ZNS `tracking_id` (undocumented by Zalo): only then is an
   * interrupted template send resent. Default: true in demo (the simulator does), false otherwise.
   */
  znsDeduplicates: boolean;
  /** The HTTP SMS gateway; absent when `MOTCUA_SMS_URL` is unset (no SMS channel). */
  sms: SmsGatewayConfig | undefined;
  /** The SMTP relay for e-mail; absent when `MOTCUA_SMTP_URL` is unset (then only provinces' own relays). */
  smtp: SmtpConfig | undefined;
  /** Time limit of one e-mail send, also through a province's own relay. */
  smtpTimeoutMs: number;
  /** API keys and outbound webhooks (docs/integration.md). */
  integrations: IntegrationsConfig;
}

export type JsonValue = string | number | boolean | null | JsonValue[] | { [key: string]: JsonValue };

/** The names a gateway body template may use, written `{{name}}`. */
export const SMS_PLACEHOLDERS = ['phone', 'text', 'deliveryId', 'sender'] as const;

export interface SmsGatewayConfig {
  url: string;
  method: Env['MOTCUA_SMS_METHOD'];
  auth:
    | { kind: 'none' }
    | { kind: 'bearer'; token: string }
    | { kind: 'basic'; user: string; password: string }
    | { kind: 'header'; name: string; value: string };
  /** The request body (query string for GET) with `{{placeholders}}` in its string values. */
  body: { kind: 'json'; template: JsonValue } | { kind: 'form'; fields: [name: string, template: string][] };
  /** JSON pointer to the provider's message id in a 2xx answer. */
  idPointer: string | undefined;
  /** A 2xx answer counts as accepted only when the value at `pointer` reads `value`. */
  success: { pointer: string; value: string } | undefined;
  /** The brand name (`{{sender}}`). */
  sender: string | undefined;
  /** `e164`: 84912345678; `local`: 0912345678. */
  phoneFormat: Env['MOTCUA_SMS_PHONE_FORMAT'];
  /** Strip Vietnamese diacritics before sending (GSM-7 texts are cheaper and longer on many gateways). */
  asciiOnly: boolean;
  timeoutMs: number;
  /** The gateway recognises a resent `{{deliveryId}}` and does not send it twice (ask your provider). */
  deduplicates: boolean;
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

/**
 * Zalo's media CDN, where photos sent to an OA are served from. Not documented by Zalo
 * (zalo-platform.md has no media host): check it against the URLs of real webhooks and set
 * `MOTCUA_ZALO_MEDIA_HOSTS` if they differ.
 */
const DEFAULT_ZALO_MEDIA_HOSTS = '*.zdn.vn,*.zadn.vn';

/** Thrown when the environment is invalid; the message names every bad variable. */
export class ConfigError extends Error {
  override name = 'ConfigError';
}

/** Variables whose schema is an integer: the environment gives text. */
const integerKeys = new Set(
  Object.entries(Env.properties).flatMap(([key, schema]) => (schema.type === 'integer' ? [key] : [])),
);

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
    broadcast: { ratePerMinute: env.MOTCUA_BROADCAST_RATE_PER_MINUTE, concurrency: env.MOTCUA_BROADCAST_CONCURRENCY },
    searchRefreshMs: env.MOTCUA_SEARCH_REFRESH_MS,
    logLevel: env.LOG_LEVEL,
    masterKey: masterKeyOf(env),
    storage: storageOf(env, dataDir),
    uploadMaxBytes: env.MOTCUA_UPLOAD_MAX_BYTES,
    applicationMaxBytes: env.MOTCUA_APPLICATION_MAX_BYTES,
    zaloGraphUrl: env.MOTCUA_ZALO_GRAPH_URL?.replace(/\/+$/, ''),
    corsOrigins: corsOriginsOf(env),
    sms: smsOf(env),
    smtp: smtpOf(env, invalid),
    smtpTimeoutMs: env.MOTCUA_SMTP_TIMEOUT_MS,
    integrations: integrationsOf(env, invalid),
    ...recoveryOf(env),
    ...chatOf(env),
    zaloHosts: {
      ...(env.MOTCUA_ZALO_OPENAPI_URL ? { openapi: env.MOTCUA_ZALO_OPENAPI_URL.replace(/\/+$/, '') } : {}),
      ...(env.MOTCUA_ZALO_OAUTH_URL ? { oauth: env.MOTCUA_ZALO_OAUTH_URL.replace(/\/+$/, '') } : {}),
      ...(env.MOTCUA_ZALO_BUSINESS_URL ? { business: env.MOTCUA_ZALO_BUSINESS_URL.replace(/\/+$/, '') } : {}),
    },
    zaloMediaHosts: (env.MOTCUA_ZALO_MEDIA_HOSTS ?? DEFAULT_ZALO_MEDIA_HOSTS)
      .split(',')
      .map((h) => h.trim().toLowerCase())
      .filter((h) => h !== ''),
    znsDeduplicates: (env.MOTCUA_ZNS_DEDUPLICATES ?? (env.MOTCUA_MODE === 'demo' ? 'true' : 'false')) === 'true',
  };
}

function invalid(name: string, message: string): ConfigError {
  return new ConfigError(`Invalid configuration:\n  ${name}: ${message}`);
}

const SMS_OPTIONAL_KEYS = [
  'MOTCUA_SMS_AUTH',
  'MOTCUA_SMS_BODY',
  'MOTCUA_SMS_ID_POINTER',
  'MOTCUA_SMS_SUCCESS',
  'MOTCUA_SMS_SENDER',
] as const;

function smsOf(env: Env): SmsGatewayConfig | undefined {
  if (env.MOTCUA_SMS_URL === undefined) {
    const stray = SMS_OPTIONAL_KEYS.filter((k) => env[k] !== undefined);
    if (stray.length > 0) throw invalid('MOTCUA_SMS_URL', `required when ${stray.join(', ')} is set`);
    return undefined;
  }
  if (!/^https?:$/.test(urlOf(env.MOTCUA_SMS_URL)?.protocol ?? '')) {
    throw invalid('MOTCUA_SMS_URL', 'not an http(s) URL');
  }
  if (env.MOTCUA_SMS_BODY === undefined) throw invalid('MOTCUA_SMS_BODY', 'required when MOTCUA_SMS_URL is set');
  if (env.MOTCUA_SMS_METHOD === 'GET' && env.MOTCUA_SMS_CONTENT_TYPE !== 'form') {
    throw invalid('MOTCUA_SMS_CONTENT_TYPE', 'GET sends the template as query parameters: set form');
  }
  return {
    url: env.MOTCUA_SMS_URL,
    method: env.MOTCUA_SMS_METHOD,
    auth: smsAuthOf(env.MOTCUA_SMS_AUTH),
    body: smsBodyOf(env.MOTCUA_SMS_BODY, env.MOTCUA_SMS_CONTENT_TYPE, env.MOTCUA_SMS_SENDER !== undefined),
    idPointer: env.MOTCUA_SMS_ID_POINTER,
    success: smsSuccessOf(env.MOTCUA_SMS_SUCCESS),
    sender: env.MOTCUA_SMS_SENDER,
    phoneFormat: env.MOTCUA_SMS_PHONE_FORMAT,
    asciiOnly: env.MOTCUA_SMS_ASCII === 'true',
    timeoutMs: env.MOTCUA_SMS_TIMEOUT_MS,
    deduplicates: env.MOTCUA_SMS_DEDUPLICATES === 'true',
  };
}

function urlOf(raw: string): URL | undefined {
  try {
    return new URL(raw);
  } catch {
    return undefined;
  }
}

/** Parses `none`, `bearer:<token>`, `basic:<user>:<password>` or `header:<Name>:<value>`; errors never echo it. */
function smsAuthOf(raw: string | undefined): SmsGatewayConfig['auth'] {
  if (raw === undefined || raw === 'none') return { kind: 'none' };
  const [kind = '', first = '', ...rest] = raw.split(':');
  const second = rest.join(':');
  if (kind === 'bearer' && first !== '') return { kind: 'bearer', token: raw.slice('bearer:'.length) };
  if (kind === 'basic' && first !== '' && rest.length > 0) return { kind: 'basic', user: first, password: second };
  if (kind === 'header' && /^[!#$%&'*+.^_`|~0-9A-Za-z-]+$/.test(first) && second !== '') {
    return { kind: 'header', name: first, value: second };
  }
  throw invalid('MOTCUA_SMS_AUTH', 'expected none, bearer:<token>, basic:<user>:<password> or header:<Name>:<value>');
}

function smsBodyOf(raw: string, contentType: 'json' | 'form', hasSender: boolean): SmsGatewayConfig['body'] {
  let body: SmsGatewayConfig['body'];
  let strings: string[];
  if (contentType === 'json') {
    try {
      body = { kind: 'json', template: JSON.parse(raw) as JsonValue };
    } catch {
      throw invalid('MOTCUA_SMS_BODY', 'not valid JSON (MOTCUA_SMS_CONTENT_TYPE is json)');
    }
    strings = stringsIn(body.template);
  } else {
    const fields = [...new URLSearchParams(raw)];
    body = { kind: 'form', fields };
    strings = fields.map(([, value]) => value);
  }
  const used = new Set(strings.flatMap((s) => [...s.matchAll(/\{\{([^{}]*)\}\}/g)].map((m) => m[1] ?? '')));
  const unknown = [...used].filter((name) => !(SMS_PLACEHOLDERS as readonly string[]).includes(name));
  const problems = [
    ...unknown.map((name) => `unknown placeholder {{${name}}} (known: ${SMS_PLACEHOLDERS.join(', ')})`),
    ...['phone', 'text'].filter((name) => !used.has(name)).map((name) => `{{${name}}} is missing`),
    ...(used.has('sender') && !hasSender ? ['{{sender}} needs MOTCUA_SMS_SENDER'] : []),
  ];
  if (problems.length > 0) throw invalid('MOTCUA_SMS_BODY', problems.join('; '));
  return body;
}

function stringsIn(value: JsonValue): string[] {
  if (typeof value === 'string') return [value];
  if (value === null || typeof value !== 'object') return [];
  return Object.values(value).flatMap(stringsIn);
}

function smsSuccessOf(raw: string | undefined): SmsGatewayConfig['success'] {
  if (raw === undefined) return undefined;
  const at = raw.indexOf('=');
  return { pointer: raw.slice(0, at), value: raw.slice(at + 1) };
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
