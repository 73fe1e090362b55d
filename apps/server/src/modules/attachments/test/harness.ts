import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import Fastify, { type FastifyInstance } from 'fastify';
import { masterKeyProvider, type KeyProvider } from '../../../platform/crypto/key-provider.ts';
import { registerErrorHandling } from '../../../platform/http/error-handler.ts';
import { createTenantResolver } from '../../tenants/index.ts';
import type { TestDatabase } from '../../../../test/harness.ts';
import { attachmentRoutes } from '../attachments.routes.ts';
import { localObjectStore } from '../storage/local-store.ts';
import type { ObjectStore } from '../storage/object-store.ts';

export interface AttachmentsTestApp {
  app: FastifyInstance;
  keyProvider: KeyProvider;
  store: ObjectStore;
  /** The directory holding the sealed objects. */
  storeDir: string;
  /** Every file in the store, relative to its directory. */
  storedFiles(): Promise<string[]>;
  close(): Promise<void>;
}

/** A minimal app: the platform error handler and the attachments routes, files in a temporary directory. */
export async function buildAttachmentsApp(
  db: TestDatabase,
  uploadMaxBytes = 10 * 1024 * 1024,
): Promise<AttachmentsTestApp> {
  const root = await mkdtemp(path.join(tmpdir(), 'motcua-attachments-'));
  const storeDir = path.join(root, 'files');
  const store = localObjectStore(storeDir);
  const keyProvider = masterKeyProvider(Buffer.alloc(32, 7));
  const app = Fastify({ logger: false }).withTypeProvider<TypeBoxTypeProvider>();
  registerErrorHandling(app);
  const resolveTenant = createTenantResolver(db.database, 0);
  await app.register(
    attachmentRoutes({ resolveTenant, database: db.database, keyProvider, store, config: { uploadMaxBytes } }),
  );
  await app.ready();
  return {
    app,
    keyProvider,
    store,
    storeDir,
    async storedFiles() {
      const entries = await readdir(storeDir, { recursive: true, withFileTypes: true }).catch(() => []);
      return entries.filter((e) => e.isFile()).map((e) => path.relative(storeDir, path.join(e.parentPath, e.name)));
    },
    async close() {
      await app.close();
      await rm(root, { recursive: true, force: true });
    },
  };
}
