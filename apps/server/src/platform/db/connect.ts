import path from 'node:path';
import type { Logger } from '../logger.ts';
import { openDatabase, refreshAppRole, type Database } from './database.ts';
import { ensureDatabase, startEmbeddedPostgres } from './embedded.ts';
import { runMigrations } from './migrate.ts';
import { prepareJobQueue } from '../jobs/queue-schema.ts';

export interface ConnectOptions {
  databaseUrl: string | undefined;
  dataDir: string;
  embeddedPgPort: number;
  poolSize: number;
  logger: Logger;
}

export interface Connection {
  database: Database;
  /** `embedded` when the program started its own PostgreSQL under the data directory. */
  kind: 'external' | 'embedded';
  close(): Promise<void>;
}

/**
 * Connects to `DATABASE_URL`, or starts the embedded PostgreSQL 15 under the data directory, then
 * applies migrations.
 */
export async function connectAndMigrate(options: ConnectOptions): Promise<Connection> {
  let url = options.databaseUrl;
  let stopServer: (() => Promise<void>) | undefined;
  if (!url) {
    const started = Date.now();
    const server = await startEmbeddedPostgres({
      dir: path.join(options.dataDir, 'postgres'),
      port: options.embeddedPgPort,
      onLog: (line) => options.logger.trace({ pg: line.trim() }, 'postgres'),
    });
    await ensureDatabase(server.adminUrl, 'motcua');
    url = server.urlFor('motcua');
    stopServer = () => server.stop();
    options.logger.info({ ms: Date.now() - started }, 'embedded PostgreSQL started');
  }
  const opened = await openDatabase(url, options.poolSize);
  await runMigrations(opened);
  await prepareJobQueue(opened.pool);
  const database = await refreshAppRole(opened);
  return {
    database,
    kind: stopServer ? 'embedded' : 'external',
    async close() {
      await database.close();
      if (stopServer) await stopServer();
    },
  };
}
