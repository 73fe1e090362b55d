import type { Tx } from '../../../platform/db/database.ts';
import type { Officer } from '../../identity/index.ts';
import { ApplicationNotFoundError, TransitionRejectedError } from '../applications.errors.ts';
import { findByCode, listDocuments } from '../applications.repo.ts';
import { sameKey } from '../domain/lookup-key.ts';

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

/**
 * The dossier's documents for the holder of its look-up key (the citizen who filed it, whose app
 * keeps the key, or whoever holds the paper receipt). An unknown code and a key of another dossier
 * give the same not-found error, so codes cannot be probed. Run inside the caller's transaction.
 */
export async function findDossierDocumentsByKey(
  tx: Tx,
  input: { tenantId: string; code: string; key: string },
): Promise<DossierDocuments> {
  const app = await findByCode(tx, input.tenantId, input.code);
  if (!app || !sameKey(app.lookupKey, input.key)) throw new ApplicationNotFoundError();
  const documents = await listDocuments(tx, input.tenantId, app.id);
  return {
    applicationId: app.id,
    documents: documents.map((d) => ({ uploadId: d.uploadId, documentKey: d.documentKey })),
  };
}
