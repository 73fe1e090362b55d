import type { Clock } from '../../../platform/clock.ts';
import type { KeyProvider } from '../../../platform/crypto/key-provider.ts';
import { withTx, type Database } from '../../../platform/db/database.ts';
import { readUpload, type ObjectStore, type UploadContent } from '../../attachments/index.ts';
import type { Officer } from '../../identity/index.ts';
import type { Tenant } from '../../tenants/index.ts';
import { ApplicationNotFoundError, TransitionRejectedError } from '../applications.errors.ts';
import { findByCode, listDocuments } from '../applications.repo.ts';

export interface ReadDocumentDeps {
  database: Database;
  clock: Clock;
  keyProvider: KeyProvider;
  store: ObjectStore;
}

/**
 * An officer opens a file of a dossier (an ID-card photo is sensitive personal data, Luật 91/2025):
 * only officers holding a role on the unit that received the dossier or the unit holding it now
 * may, and every read is written to the audit log before the bytes are fetched.
 */
export async function readDocument(
  deps: ReadDocumentDeps,
  input: {
    tenant: Tenant;
    code: string;
    uploadId: string;
    variant: 'file' | 'thumbnail';
    officer: Officer;
    requestId: string;
  },
): Promise<UploadContent> {
  const allowed = await withTx(deps.database, input.tenant.id, async (tx) => {
    const app = await findByCode(tx, input.tenant.id, input.code);
    if (!app) throw new ApplicationNotFoundError();
    const inScope = input.officer.roles.some(
      (r) => r.role !== 'admin' && (r.unitId === app.currentUnitId || r.unitId === app.unitId),
    );
    if (!inScope) throw new TransitionRejectedError('OUT_OF_SCOPE', 'read_document');
    const documents = await listDocuments(tx, input.tenant.id, app.id);
    return documents.some((d) => d.uploadId === input.uploadId);
  });
  if (!allowed) throw new ApplicationNotFoundError();
  return readUpload(deps, {
    tenantId: input.tenant.id,
    uploadId: input.uploadId,
    variant: input.variant,
    actor: { officerId: input.officer.id, requestId: input.requestId },
  });
}
