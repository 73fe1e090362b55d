import { appendAudit } from '../../../platform/audit.ts';
import { withSystemTx, withTx, type Database, type Tx } from '../../../platform/db/database.ts';
import type { SourcedRecord } from '../../../platform/files/json-records.ts';
import { remapDossierUnitCodes } from '../../applications/index.ts';
import { remapBroadcastUnitCodes } from '../../broadcasts/index.ts';
import { findAdminUnits, remapProvinceUnitCodes, upsertSuccessors, type Tenant } from '../../tenants/index.ts';
import { planMapping, readMappingLine, type MappingPlan } from '../domain/mapping.ts';
import { buildReport, type RemapReport } from '../domain/report.ts';

/** Ends a dry run's transaction, carrying its report out of the rollback. */
class DryRunDone extends Error {
  constructor(readonly report: RemapReport) {
    super('dry run');
  }
}

async function knownCodes(database: Database, codes: readonly string[]): Promise<Set<string>> {
  return new Set((await withSystemTx(database, (tx) => findAdminUnits(tx, codes))).keys());
}

async function move(
  tx: Tx,
  database: Database,
  tenant: Tenant,
  plan: MappingPlan,
  head: { source: string; dryRun: boolean; at: Date },
): Promise<RemapReport> {
  const dossiers = await remapDossierUnitCodes(tx, tenant.id, plan.mapping);
  const followers = await remapBroadcastUnitCodes(tx, tenant.id, plan.mapping);
  const province = await remapProvinceUnitCodes(tx, tenant.id, plan.mapping);
  const inUse = [...new Set([...dossiers.codes, ...followers.codes, ...province.codes])];
  const known = await knownCodes(database, inUse);
  return buildReport(
    { tenant: tenant.slug, ...head },
    plan,
    {
      dossiers: dossiers.moved,
      closedDossiers: dossiers.closed,
      followers: followers.followers,
      broadcasts: followers.broadcasts,
      units: province.units,
      provinceFrom: province.province?.from,
    },
    { provinceConflict: province.provinceConflict, unknownCodesInUse: inUse.filter((c) => !known.has(c)).sort() },
  );
}

/**
 * Applies an administrative-unit mapping (old code → new code) to one province in one transaction:
 * the e-forms of its open dossiers, its OA followers' communes, its scheduled broadcasts' targets,
 * its units' area codes and its own province code; records the mapping's lines as successors and
 * audits the run. A dry run does the same work and rolls it back, so its report is exactly what a
 * real run would do.
 */
export async function remapUnits(
  deps: { database: Database; now: () => Date },
  tenant: Tenant,
  records: readonly SourcedRecord[],
  options: { source: string; dryRun: boolean },
): Promise<RemapReport> {
  const lines = records.map((r) => readMappingLine(r.line, r.value));
  const codes = lines.flatMap((l) => [l.oldCode, l.newCode]).filter((c) => c !== '');
  const plan = planMapping(lines, await knownCodes(deps.database, codes));
  const head = { source: options.source, dryRun: options.dryRun, at: deps.now() };
  try {
    return await withTx(deps.database, tenant.id, async (tx) => {
      const report = await move(tx, deps.database, tenant, plan, head);
      if (options.dryRun) throw new DryRunDone(report);
      const applied = plan.lines.flatMap((l) =>
        l.status === 'applied' && l.kind ? [{ oldCode: l.oldCode, newCode: l.newCode, kind: l.kind }] : [],
      );
      await upsertSuccessors(tx, applied, options.source);
      await appendAudit(
        tx,
        tenant.id,
        {
          actorType: 'system',
          actorId: 'cli',
          action: 'units.remap',
          subjectType: 'tenant',
          subjectId: tenant.slug,
          detail: { source: options.source, lines: plan.lines.length, applied: applied.length, ...report.totals },
        },
        head.at,
      );
      return report;
    });
  } catch (error) {
    if (error instanceof DryRunDone) return error.report;
    throw error;
  }
}
