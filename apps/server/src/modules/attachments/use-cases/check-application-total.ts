import type { Tx } from '../../../platform/db/database.ts';
import { ApplicationTooLargeError } from '../attachments.errors.ts';
import { decideApplicationTotal } from '../domain/application-total.ts';
import { findUploads } from './find-uploads.ts';

/** A dossier's uploads and the per-dossier limit. */
export interface ApplicationTotalInput {
  tenantId: string;
  /** Every upload of the dossier, including those filed earlier when adding a supplement. */
  uploadIds: readonly string[];
  /** `config.applicationMaxBytes`. */
  maxBytes: number;
}

/**
 * Checks a dossier's files against the per-dossier limit, inside the filing transaction. Unknown
 * ids count for nothing here; the filing use case reports them (see `findUploads`). Throws
 * `ApplicationTooLargeError` (413).
 */
export async function checkApplicationTotal(tx: Tx, input: ApplicationTotalInput): Promise<{ totalBytes: number }> {
  const { found } = await findUploads(tx, input.tenantId, input.uploadIds);
  return assertApplicationTotal(found, input.maxBytes);
}

/** The same check over uploads the caller has already read (`findUploads`' `found`). */
export function assertApplicationTotal(
  found: readonly { id: string; size: number }[],
  maxBytes: number,
): { totalBytes: number } {
  const decision = decideApplicationTotal(found, maxBytes);
  if (!decision.ok) throw new ApplicationTooLargeError(decision.totalBytes, decision.maxBytes);
  return { totalBytes: decision.totalBytes };
}
