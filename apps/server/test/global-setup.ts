import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { TestProject } from 'vitest/node';
import { loadTestEnv } from '../src/config/config.ts';
import { openDatabase } from '../src/platform/db/database.ts';
import { ensureDatabase, startEmbeddedPostgres } from '../src/platform/db/embedded.ts';
import { runMigrations } from '../src/platform/db/migrate.ts';
import { prepareJobQueue } from '../src/platform/jobs/queue-schema.ts';

export const TEMPLATE_DATABASE = 'motcua_test_template';

declare module 'vitest' {
  export interface ProvidedContext {
    pgAdminUrl: string;
    pgTemplate: string;
  }
}

function databaseUrl(base: string, name: string): string {
  const url = new URL(base);
  url.pathname = `/${name}`;
  return url.toString();
}

/**
 * Starts one PostgreSQL 15 for the whole run (embedded, or `TEST_DATABASE_URL`), migrates a template
 * database once, and hands its address to the test files, which each clone their own database.
 */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const external = loadTestEnv().databaseUrl;
  let adminUrl: string;
  let teardown: () => Promise<void>;
  if (external) {
    if (!/test/i.test(external)) throw new Error('TEST_DATABASE_URL must name a test server or database');
    adminUrl = external;
    teardown = async () => undefined;
  } else {
    const dir = await mkdtemp(path.join(tmpdir(), 'motcua-test-'));
    const server = await startEmbeddedPostgres({ dir, port: 0, ephemeral: true });
    adminUrl = server.adminUrl;
    teardown = async () => {
      await server.stop();
      await rm(dir, { recursive: true, force: true });
    };
  }
  const admin = new URL(adminUrl);
  admin.pathname = '/postgres';
  await ensureDatabase(admin.toString(), TEMPLATE_DATABASE);
  const template = await openDatabase(databaseUrl(adminUrl, TEMPLATE_DATABASE), 2);
  await runMigrations(template);
  await prepareJobQueue(template.pool);
  await template.close();
  project.provide('pgAdminUrl', admin.toString());
  project.provide('pgTemplate', TEMPLATE_DATABASE);
  return teardown;
}
