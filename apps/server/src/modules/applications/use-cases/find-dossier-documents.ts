import type { Tx } from '../../../platform/db/database.ts';
import type { Officer } from '../../identity/index.ts';
import { ApplicationNotFoundError, TransitionRejectedError } from '../applications.errors.ts';
import { findByCode, listDocuments } from '../applications.repo.ts';

/** A dossier's files as an entitled officer may see them: which upload is which document. */
export interface DossierDocuments {
  applicationId: string;
  documents: { uploadId: string; documentKey: string }[];
}

/**
 * The dossier's documents for an officer holding a role (not admin) on the unit that received the
 * dossier or the unit holding it now, the same rule as opening its files; others get 403, an
 * unknown code 404. Run inside the caller's transaction.
 */
export async function findDossierDocuments(
  tx: Tx,
  input: { tenantId: string; code: string; officer: Officer },
): Promise<DossierDocuments> {
  const app = await findByCode(tx, input.tenantId, input.code);
  if (!app) throw new ApplicationNotFoundError();
  const inScope = input.officer.roles.some(
    (r) => r.role !== 'admin' && (r.unitId === app.currentUnitId || r.unitId === app.unitId),
  );
  if (!inScope) throw new TransitionRejectedError('OUT_OF_SCOPE', 'read_document');
  const documents = await listDocuments(tx, input.tenantId, app.id);
  return {
    applicationId: app.id,
    documents: documents.map((d) => ({ uploadId: d.uploadId, documentKey: d.documentKey })),
  };
}
