/**
 * The whole system as `motcua start` runs it, for the browser journeys: an embedded PostgreSQL 15
 * in a temporary directory, the migrations, the demo province, the job runner, and the API serving
 * the built citizen app at `/`, the console at `/console/` and, as demo mode mounts it, the Zalo
 * simulator (its chat page at `/zalo-sim/`), on a free port.
 */
import { existsSync, rmSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadConfig } from '../../apps/server/src/config/config.ts';
import { ensureDatabase, startEmbeddedPostgres } from '../../apps/server/src/platform/db/embedded.ts';
import { createLogger } from '../../apps/server/src/platform/logger.ts';
import { startSystem } from '../../apps/server/src/system.ts';

export interface E2eSystem {
  /** Base URL of the listening system, without a trailing slash. */
  baseUrl: string;
  stop(): Promise<void>;
}

const root = fileURLToPath(new URL('../../', import.meta.url));

/** The production builds the server serves; `npm ci` makes them through `prepare`. */
const builtApps = [
  { name: 'citizen web app', index: 'apps/citizen/dist/web/index.html' },
  { name: 'console', index: 'apps/console/dist/index.html' },
  { name: 'Zalo simulator chat page', index: 'apps/zalo-sim/dist/index.html' },
];

/** Fails before anything starts when a web app was not built. */
export function assertWebAppsBuilt(): void {
  const missing = builtApps.filter((app) => !existsSync(path.join(root, app.index)));
  if (missing.length > 0) {
    const list = missing.map((app) => `${app.name} (${app.index})`).join(', ');
    throw new Error(`The e2e journeys need the built web apps; missing: ${list}. Run \`npm run build:web\` first.`);
  }
}

/** Boots PostgreSQL (fast, non-durable settings), then the system in demo mode on a free port. */
export async function bootE2eSystem(): Promise<E2eSystem> {
  assertWebAppsBuilt();
  const dir = await mkdtemp(path.join(tmpdir(), 'motcua-e2e-'));
  // A run stopped before its teardown (Ctrl-C) still leaves no cluster behind.
  const removeDir = (): void => rmSync(dir, { recursive: true, force: true });
  process.once('exit', removeDir);
  const postgres = await startEmbeddedPostgres({ dir, port: 0, ephemeral: true });
  let stopSystem: (() => Promise<void>) | undefined;
  const stop = async (): Promise<void> => {
    await stopSystem?.();
    await postgres.stop();
    await rm(dir, { recursive: true, force: true });
    process.off('exit', removeDir);
  };
  try {
    await ensureDatabase(postgres.adminUrl, 'motcua_e2e');
    const config = loadConfig({
      MOTCUA_MODE: 'demo',
      HOST: '127.0.0.1',
      PORT: '0',
      MOTCUA_DATA_DIR: path.join(dir, 'data'),
      DATABASE_URL: postgres.urlFor('motcua_e2e'),
      LOG_LEVEL: 'warn',
    });
    const system = await startSystem(config, 'all', createLogger(config.logLevel));
    stopSystem = () => system.stop();
    const citizen = system.urls['citizen'];
    if (!citizen) throw new Error('the system started without its web apps');
    return { baseUrl: citizen.replace(/\/$/, ''), stop };
  } catch (error) {
    await stop();
    throw error;
  }
}
