import type { LookupKind } from '@motcua/contracts';
import { withTx } from '../../../platform/db/database.ts';
import * as repo from '../lookups.repo.ts';
import { importLookupDataset } from './import-lookup-dataset.ts';
import type { LookupDeps } from './look-up.ts';

/**
 * Loads sample datasets, flagged sample, for the kinds the province has no data for yet: a demo
 * seed run again never replaces data an admin imported.
 */
export async function seedSampleLookups(
  deps: LookupDeps,
  tenantId: string,
  files: readonly { kind: LookupKind; csv: string; source: string }[],
  by: string,
): Promise<LookupKind[]> {
  const existing = new Set(
    (await withTx(deps.database, tenantId, (tx) => repo.listDatasets(tx, tenantId))).map((d) => d.kind),
  );
  const seeded: LookupKind[] = [];
  for (const file of files) {
    if (existing.has(file.kind)) continue;
    await importLookupDataset(deps, tenantId, file.kind, { ...file, sample: true, by: { system: by } });
    seeded.push(file.kind);
  }
  return seeded;
}
