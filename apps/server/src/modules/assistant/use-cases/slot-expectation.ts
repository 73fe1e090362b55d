import type { Tx } from '../../../platform/db/database.ts';
import type { DocumentDeclaration } from '../../attachments/index.ts';
import { findPublishedVersion } from '../../catalog/index.ts';
import { expectationOf, type SlotExpectation } from '../domain/document-types.ts';

/**
 * What the declared slot asks for, from the procedure's published document list (its names are
 * the national database's free text); a declaration without a procedure names the kind itself.
 */
export async function slotExpectation(
  tx: Tx,
  tenantId: string,
  declaration: DocumentDeclaration,
): Promise<SlotExpectation> {
  if (declaration.procedureCode === null) return expectationOf({ key: declaration.documentKey });
  const version = await findPublishedVersion(tx, tenantId, declaration.procedureCode);
  const slot = version?.definition.cases.flatMap((c) => c.documents).find((d) => d.key === declaration.documentKey);
  return expectationOf({ key: declaration.documentKey, name: slot?.name });
}
