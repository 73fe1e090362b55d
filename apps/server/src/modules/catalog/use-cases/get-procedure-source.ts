import type { ProcedureSource } from '@motcua/contracts';
import { withTx, type Database } from '../../../platform/db/database.ts';
import { listUnits } from '../../tenants/index.ts';
import { findCurrentVersion } from '../catalog.repo.ts';
import { ProcedureNotFoundError } from '../catalog.errors.ts';

/**
 * The current version's full definition for the editor, with the receiving units named by e-ID as
 * a definition names them, so publishing it back unchanged publishes nothing.
 */
export async function getProcedureSource(database: Database, tenantId: string, code: string): Promise<ProcedureSource> {
  return withTx(database, tenantId, async (tx) => {
    const current = await findCurrentVersion(tx, tenantId, code);
    if (!current) throw new ProcedureNotFoundError(code);
    const eidOf = new Map((await listUnits(tx, tenantId)).map((u) => [u.id, u.eid]));
    const unitEids = current.unitIds.flatMap((id) => {
      const eid = eidOf.get(id);
      return eid === undefined ? [] : [eid];
    });
    return {
      version: current.version,
      publishedAt: current.publishedAt.toISOString(),
      definition: { ...current.definition, unitEids },
    };
  });
}
