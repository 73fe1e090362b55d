import { randomBytes } from 'node:crypto';
import { rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { inject } from 'vitest';
import { openDatabase, refreshAppRole, type Database } from '../src/platform/db/database.ts';
import { createLogger } from '../src/platform/logger.ts';

export interface TestDatabase {
  database: Database;
  url: string;
  name: string;
  /** Where an app on this database keeps its uploaded files (a local store); dropped with it. */
  filesDir: string;
  drop(): Promise<void>;
}

export const silentLogger = createLogger('silent');

async function admin<T>(work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: inject('pgAdminUrl') });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

/**
 * A fresh database for one test file, cloned from the migrated template: isolated, and real
 * PostgreSQL for locks, row-level security and concurrency.
 */
export async function createTestDatabase(): Promise<TestDatabase> {
  const name = `motcua_test_${randomBytes(5).toString('hex')}`;
  const template = inject('pgTemplate');
  await admin(async (client) => {
    for (let attempt = 0; ; attempt += 1) {
      try {
        await client.query(
          `create database ${client.escapeIdentifier(name)} template ${client.escapeIdentifier(template)}`,
        );
        return;
      } catch (error) {
        const busy = /being accessed by other users/.test((error as Error).message);
        if (!busy || attempt > 20) throw error;
        await new Promise((r) => setTimeout(r, 100 + attempt * 50));
      }
    }
  });
  const url = new URL(inject('pgAdminUrl'));
  url.pathname = `/${name}`;
  if (!/test/.test(url.pathname)) throw new Error('refusing a database without "test" in its name');
  const database = await refreshAppRole(await openDatabase(url.toString(), 5));
  const filesDir = path.join(tmpdir(), `motcua-files-${name}`);
  return {
    database,
    url: url.toString(),
    name,
    filesDir,
    async drop() {
      await database.close();
      await admin((client) => client.query(`drop database if exists ${client.escapeIdentifier(name)} with (force)`));
      await rm(filesDir, { recursive: true, force: true });
    },
  };
}
