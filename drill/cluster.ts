/**
 * What the drills run on: a real PostgreSQL 15 (embedded in a temporary directory, restartable on
 * the same port; or an external server), the Zalo simulator in a process of its own, and as many
 * `motcua start --role api|worker|all` processes as a drill asks for, each configured only through
 * its environment, as in production.
 */
import { randomBytes } from 'node:crypto';
import { chmod, mkdir, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { DEMO_ZALO_APP } from '../apps/server/src/demo/seed-demo.ts';
import { masterKeyProvider, type KeyProvider } from '../apps/server/src/platform/crypto/key-provider.ts';
import { openDatabase, refreshAppRole, type Database } from '../apps/server/src/platform/db/database.ts';
import { ensureDatabase, freePort, startEmbeddedPostgres } from '../apps/server/src/platform/db/embedded.ts';
import { runMigrations } from '../apps/server/src/platform/db/migrate.ts';
import { prepareJobQueue } from '../apps/server/src/platform/jobs/queue-schema.ts';
import { simHosts } from '@motcua/zalo-sim/server';
import { baseEnv, DrillProcess, motcuaBin, simMain } from './processes.ts';
import { seedProvince, type Province } from './province.ts';

export type Role = 'api' | 'worker' | 'all';

export interface ClusterOptions {
  /** An external PostgreSQL (a database is created on it and dropped after); default: embedded. */
  databaseUrl?: string;
  /** `MOTCUA_WORKER_STALE_MS` of the processes (default: the program's own). */
  workerStaleMs?: number;
  /** `MOTCUA_SEND_LEASE_MS` of the processes (default: the program's own). */
  sendLeaseMs?: number;
  /** PostgreSQL without fsync (short runs); default false. */
  ephemeral?: boolean;
}

/** The database the processes share; the embedded one can be stopped and started again. */
interface DrillPostgres {
  url: string;
  restartable: boolean;
  stop(): Promise<void>;
  start(): Promise<void>;
  close(): Promise<void>;
}

async function embeddedPostgres(dir: string, ephemeral: boolean): Promise<DrillPostgres> {
  const port = await freePort();
  const options = { dir, port, ephemeral };
  let server = await startEmbeddedPostgres(options);
  await ensureDatabase(server.adminUrl, 'motcua_drill');
  let up = true;
  return {
    url: server.urlFor('motcua_drill'),
    restartable: true,
    async stop() {
      await server.stop();
      up = false;
    },
    async start() {
      server = await startEmbeddedPostgres(options);
      up = true;
    },
    async close() {
      if (up) await server.stop();
    },
  };
}

async function externalPostgres(adminUrl: string): Promise<DrillPostgres> {
  const name = `motcua_drill_${randomBytes(4).toString('hex')}`;
  await ensureDatabase(adminUrl, name);
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  const refuse = async (): Promise<never> => Promise.reject(new Error('an external PostgreSQL is not restarted'));
  return {
    url: url.toString(),
    restartable: false,
    stop: refuse,
    start: refuse,
    async close() {
      const client = new pg.Client({ connectionString: adminUrl });
      await client.connect();
      await client.query(`drop database if exists ${client.escapeIdentifier(name)} with (force)`);
      await client.end();
    },
  };
}

/** A running `motcua` process and the address it serves on (every role listens but `worker`). */
export interface Motcua {
  name: string;
  role: Role;
  url: string;
  process: DrillProcess;
}

export class Cluster {
  readonly motcua = new Map<string, Motcua>();
  private sim!: DrillProcess;
  simUrl = '';
  database!: Database;
  province!: Province;
  readonly keyProvider: KeyProvider;
  private readonly masterKey = randomBytes(32);
  private postgres!: DrillPostgres;
  /** What boot started, closed in reverse order. */
  private closers: (() => Promise<void>)[] = [];

  private constructor(
    readonly workDir: string,
    private readonly options: ClusterOptions,
  ) {
    this.keyProvider = masterKeyProvider(this.masterKey);
  }

  /** Starts PostgreSQL, migrates, starts the simulator and seeds the province. */
  static async start(options: ClusterOptions = {}): Promise<Cluster> {
    const workDir = await mkdtemp(path.join(tmpdir(), 'motcua-drill-'));
    // As root the embedded PostgreSQL runs as the `postgres` user, which must reach its directory.
    await chmod(workDir, 0o755);
    await mkdir(path.join(workDir, 'logs'));
    const cluster = new Cluster(workDir, options);
    try {
      await cluster.boot();
    } catch (error) {
      await cluster.close();
      throw error;
    }
    return cluster;
  }

  private async boot(): Promise<void> {
    this.postgres = this.options.databaseUrl
      ? await externalPostgres(this.options.databaseUrl)
      : await embeddedPostgres(path.join(this.workDir, 'postgres'), this.options.ephemeral ?? false);
    const postgres = this.postgres;
    this.closers.push(() => postgres.close());
    const opened = await openDatabase(this.postgres.url, 4);
    this.closers.push(() => opened.close());
    await runMigrations(opened);
    await prepareJobQueue(opened.pool);
    this.database = await refreshAppRole(opened);
    const simPort = await freePort();
    this.sim = new DrillProcess({
      name: 'zalo-sim',
      args: ['--import', 'tsx', simMain],
      env: {
        ...baseEnv(),
        ZALO_SIM_PORT: String(simPort),
        ZALO_SIM_OPTIONS: JSON.stringify({
          ...DEMO_ZALO_APP,
          znsDailyQuota: 10_000_000,
          rateLimitPerMinute: 10_000_000,
          conversationCap: 20,
        }),
      },
      ready: /ZALO_SIM_URL=(\S+)/,
      logFile: path.join(this.workDir, 'logs', 'zalo-sim.log'),
    });
    const sim = this.sim;
    this.closers.push(() => sim.close());
    this.simUrl = (await sim.start())[1] ?? '';
    this.province = await seedProvince(this.database, this.keyProvider, this.simUrl);
  }

  get simulator(): DrillProcess {
    return this.sim;
  }

  get canRestartDatabase(): boolean {
    return this.postgres.restartable;
  }

  async stopDatabase(): Promise<void> {
    await this.postgres.stop();
  }

  async startDatabase(): Promise<void> {
    await this.postgres.start();
  }

  /** One call to the simulator's scripting API. */
  async simCall<T>(method: string, route: string, body?: unknown): Promise<T> {
    const response = await fetch(`${this.simUrl}/_sim${route}`, {
      method,
      headers: body === undefined ? {} : { 'content-type': 'application/json' },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    });
    const text = await response.text();
    return (text === '' ? {} : JSON.parse(text)) as T;
  }

  private envFor(port: number): Record<string, string> {
    const hosts = simHosts(this.simUrl);
    return {
      ...baseEnv(),
      MOTCUA_MODE: 'production',
      MOTCUA_MASTER_KEY: this.masterKey.toString('base64'),
      DATABASE_URL: this.postgres.url,
      HOST: '127.0.0.1',
      PORT: String(port),
      MOTCUA_DATA_DIR: path.join(this.workDir, 'data'),
      MOTCUA_PUBLIC_URL: `http://127.0.0.1:${String(port)}`,
      MOTCUA_DB_POOL_SIZE: '6',
      MOTCUA_WORKER_CONCURRENCY: '4',
      MOTCUA_ZALO_OPENAPI_URL: hosts.openapi,
      MOTCUA_ZALO_OAUTH_URL: hosts.oauth,
      MOTCUA_ZALO_BUSINESS_URL: hosts.business,
      MOTCUA_ZALO_GRAPH_URL: hosts.graph,
      // The simulator recognises a resent tracking_id, so an interrupted template is resent.
      MOTCUA_ZNS_DEDUPLICATES: 'true',
      ...(this.options.workerStaleMs ? { MOTCUA_WORKER_STALE_MS: String(this.options.workerStaleMs) } : {}),
      ...(this.options.sendLeaseMs ? { MOTCUA_SEND_LEASE_MS: String(this.options.sendLeaseMs) } : {}),
      LOG_LEVEL: 'warn',
    };
  }

  /** Starts `motcua start --role <role>` as `name`, or returns it if it already runs. */
  async startMotcua(name: string, role: Role): Promise<Motcua> {
    const existing = this.motcua.get(name);
    if (existing?.process.running) return existing;
    const port = existing ? Number(new URL(existing.url).port) : await freePort();
    const child =
      existing?.process ??
      new DrillProcess({
        name,
        args: [motcuaBin, 'start', '--role', role],
        env: this.envFor(port),
        ready: /Một Cửa is running/,
        logFile: path.join(this.workDir, 'logs', `${name}.log`),
      });
    const started = { name, role, url: `http://127.0.0.1:${String(port)}`, process: child };
    this.motcua.set(name, started);
    await child.start();
    return started;
  }

  /** Stops every process and PostgreSQL, and removes the work directory. */
  async close(): Promise<void> {
    await this.shutDown();
    await rm(this.workDir, { recursive: true, force: true });
  }

  /** The same, keeping the process logs of a failed run. */
  async closeKeepingLogs(): Promise<void> {
    await this.shutDown();
    await rm(path.join(this.workDir, 'postgres'), { recursive: true, force: true });
  }

  private async shutDown(): Promise<void> {
    for (const running of this.motcua.values()) await running.process.close();
    for (const close of this.closers.reverse()) await close().catch(() => undefined);
    this.closers = [];
  }
}
