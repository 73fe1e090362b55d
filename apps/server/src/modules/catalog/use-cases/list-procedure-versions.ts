import type { ProcedureVersionList } from '@motcua/contracts';
import { withTx, type Database } from '../../../platform/db/database.ts';
import { listVersionSummaries } from '../catalog.repo.ts';
import { ProcedureNotFoundError } from '../catalog.errors.ts';

/** The published versions of a procedure, newest first, with their content hashes. */
export async function listProcedureVersions(
  database: Database,
  tenantId: string,
  code: string,
): Promise<ProcedureVersionList> {
  const versions = await withTx(database, tenantId, (tx) => listVersionSummaries(tx, tenantId, code));
  if (!versions) throw new ProcedureNotFoundError(code);
  return {
    items: versions.map((v) => ({
      version: v.version,
      publishedAt: v.publishedAt.toISOString(),
      contentHash: v.contentHash,
    })),
  };
}
