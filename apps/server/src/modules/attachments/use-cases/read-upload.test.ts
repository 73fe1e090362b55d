import { copyFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { verifyAuditChain } from '../../../platform/audit.ts';
import { withTx } from '../../../platform/db/database.ts';
import { createTestDatabase, type TestDatabase } from '../../../../test/harness.ts';
import { tenantWithUnits } from '../../../../test/factories/tenant.ts';
import { UploadNotFoundError } from '../attachments.errors.ts';
import { buildAttachmentsApp, type AttachmentsTestApp } from '../test/harness.ts';
import { documentJpeg } from '../test/images.ts';
import { plainPdf } from '../test/pdfs.ts';
import { checkApplicationTotal } from './check-application-total.ts';
import { createUpload, type CreateUploadDeps } from './create-upload.ts';
import { findUploads } from './find-uploads.ts';
import { readUpload, type ReadUploadInput } from './read-upload.ts';

let db: TestDatabase;
let t: AttachmentsTestApp;
let deps: CreateUploadDeps;
let tenantA: string;
let tenantB: string;
let photoId: string;
let pdfId: string;

beforeAll(async () => {
  db = await createTestDatabase();
  tenantA = (await tenantWithUnits(db.database)).id;
  tenantB = (await tenantWithUnits(db.database)).id;
  t = await buildAttachmentsApp(db);
  deps = { database: db.database, keyProvider: t.keyProvider, store: t.store, config: { uploadMaxBytes: 10_000_000 } };
  photoId = (await createUpload(deps, { tenantId: tenantA, bytes: await documentJpeg(1600, 1200), requestId: 'r-1' }))
    .id;
  pdfId = (await createUpload(deps, { tenantId: tenantA, bytes: plainPdf() })).id;
});
afterAll(async () => {
  await t.close();
  await db.drop();
});

function readAs(tenantId: string, uploadId: string, officerId = 'officer-7'): Promise<unknown> {
  const input: ReadUploadInput = { tenantId, uploadId, variant: 'file', actor: { officerId, requestId: 'req-42' } };
  return readUpload(deps, input);
}

async function auditRows(tenantId: string) {
  const { rows } = await db.database.pool.query<Record<string, unknown>>(
    'select actor_type, actor_id, action, subject_type, subject_id, request_id from audit_log where tenant_id = $1 order by seq',
    [tenantId],
  );
  return rows;
}

describe('readUpload', () => {
  it('writes every read to the tenant’s audit log, keeping the chain intact', async () => {
    await readAs(tenantA, photoId);
    await readUpload(deps, {
      tenantId: tenantA,
      uploadId: photoId,
      variant: 'thumbnail',
      actor: { officerId: 'officer-8' },
    });
    const reads = (await auditRows(tenantA)).filter((r) => r['action'] === 'upload.read');
    expect(reads).toEqual([
      {
        actor_type: 'officer',
        actor_id: 'officer-7',
        action: 'upload.read',
        subject_type: 'upload',
        subject_id: photoId,
        request_id: 'req-42',
      },
      {
        actor_type: 'officer',
        actor_id: 'officer-8',
        action: 'upload.read',
        subject_type: 'upload',
        subject_id: photoId,
        request_id: null,
      },
    ]);
    expect(await withTx(db.database, tenantA, (tx) => verifyAuditChain(tx, tenantA))).toMatchObject({ ok: true });
  });

  it('records uploads too, as citizen actions', async () => {
    const creates = (await auditRows(tenantA)).filter((r) => r['action'] === 'upload.create');
    expect(creates.map((r) => r['subject_id'])).toEqual([photoId, pdfId]);
    expect(creates[0]).toMatchObject({ actor_type: 'citizen', request_id: 'r-1' });
  });

  it('does not let another province read the upload: not found, and nothing audited there', async () => {
    await expect(readAs(tenantB, photoId)).rejects.toBeInstanceOf(UploadNotFoundError);
    await expect(readAs(tenantA, '00000000-0000-7000-8000-000000000000')).rejects.toBeInstanceOf(UploadNotFoundError);
    await expect(readAs(tenantA, 'not-a-uuid')).rejects.toBeInstanceOf(UploadNotFoundError);
    expect(await auditRows(tenantB)).toEqual([]);
  });

  it('refuses a sealed file moved under another upload’s key (bound to tenant and upload)', async () => {
    const other = (await createUpload(deps, { tenantId: tenantA, bytes: await documentJpeg(900, 700) })).id;
    const file = (id: string) => path.join(t.storeDir, 'uploads', tenantA, id, 'file');
    await copyFile(file(photoId), file(other));
    await expect(readAs(tenantA, other)).rejects.toThrow();
  });
});

describe('findUploads and checkApplicationTotal', () => {
  it('finds this province’s uploads and reports the rest missing', async () => {
    const ids = [photoId, pdfId, 'junk', '00000000-0000-7000-8000-000000000000'];
    const a = await withTx(db.database, tenantA, (tx) => findUploads(tx, tenantA, ids));
    expect(a.found.map((u) => [u.id, u.kind]).sort()).toEqual(
      [
        [photoId, 'image'],
        [pdfId, 'pdf'],
      ].sort(),
    );
    expect(a.missing).toEqual(['junk', '00000000-0000-7000-8000-000000000000']);
    const b = await withTx(db.database, tenantB, (tx) => findUploads(tx, tenantB, [photoId]));
    expect(b).toEqual({ found: [], missing: [photoId] });
  });

  it('sums a dossier’s files once each and refuses a total above the limit with 413', async () => {
    const { found } = await withTx(db.database, tenantA, (tx) => findUploads(tx, tenantA, [photoId, pdfId]));
    const total = found.reduce((sum, u) => sum + u.size, 0);
    const ids = [photoId, pdfId, photoId];
    await expect(
      withTx(db.database, tenantA, (tx) =>
        checkApplicationTotal(tx, { tenantId: tenantA, uploadIds: ids, maxBytes: total }),
      ),
    ).resolves.toEqual({ totalBytes: total });
    await expect(
      withTx(db.database, tenantA, (tx) =>
        checkApplicationTotal(tx, { tenantId: tenantA, uploadIds: ids, maxBytes: total - 1 }),
      ),
    ).rejects.toMatchObject({ code: 'ATTACHMENT.APPLICATION_TOO_LARGE' });
  });
});

describe('createUpload', () => {
  it('refuses a file above the limit before looking at it', async () => {
    const small = { ...deps, config: { uploadMaxBytes: 1000 } };
    await expect(createUpload(small, { tenantId: tenantA, bytes: Buffer.alloc(1001, 1) })).rejects.toMatchObject({
      code: 'ATTACHMENT.TOO_LARGE',
    });
  });

  it('removes the stored objects when the row cannot be written', async () => {
    const before = await t.storedFiles();
    const unknownTenant = '00000000-0000-7000-8000-00000000abcd';
    await expect(
      createUpload(deps, { tenantId: unknownTenant, bytes: await documentJpeg(900, 700) }),
    ).rejects.toThrow();
    expect(await t.storedFiles()).toEqual(before);
  });
});
