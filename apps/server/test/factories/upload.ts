import { createHash, randomBytes } from 'node:crypto';
import { newId } from '../../src/platform/ids.ts';
import type { TestDatabase } from '../harness.ts';

/**
 * An upload row as the attachments module records it, for tests of filing that do not need the
 * file itself.
 */
export async function uploadRow(db: TestDatabase, tenantId: string): Promise<string> {
  const id = newId();
  const bytes = randomBytes(32);
  await db.database.pool.query(
    `insert into uploads (tenant_id, id, kind, content_type, size, sha256, storage_key, quality, key_id)
     values ($1, $2, 'image', 'image/jpeg', 300000, $3, $4, '{"ok": true, "issues": []}', 'test')`,
    [tenantId, id, createHash('sha256').update(bytes).digest('hex'), `${tenantId}/${id}`],
  );
  return id;
}
