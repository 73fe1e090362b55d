import type { MappingLine, MappingPlan } from './mapping.ts';

/** What one line of the mapping moved in the province. */
export interface LineCounts {
  dossiers: number;
  closedDossiers: number;
  followers: number;
  broadcasts: number;
  units: number;
  province: number;
}

export interface RemapReport {
  tenant: string;
  source: string;
  dryRun: boolean;
  at: string;
  lines: (MappingLine & LineCounts)[];
  unknownCodes: MappingPlan['unknownCodes'];
  mappedTwice: MappingPlan['mappedTwice'];
  /** Closed dossiers that hold an old code and were left as they are, by old code. */
  closedDossiersUntouched: { total: number; byCode: Record<string, number> };
  /** The province code could not move: another province holds the new one. */
  provinceConflict?: string;
  /** Codes still in use in the province (open dossiers, followers, units) that are not units. */
  unknownCodesInUse: string[];
  totals: LineCounts;
}

export interface Moved {
  dossiers: ReadonlyMap<string, number>;
  closedDossiers: ReadonlyMap<string, number>;
  followers: ReadonlyMap<string, number>;
  broadcasts: ReadonlyMap<string, number>;
  units: ReadonlyMap<string, number>;
  provinceFrom: string | undefined;
}

const KEYS = ['dossiers', 'closedDossiers', 'followers', 'broadcasts', 'units', 'province'] as const;

/** The report of a remap: counts per mapping line (an applied line's old code), and the totals. */
export function buildReport(
  head: { tenant: string; source: string; dryRun: boolean; at: Date },
  plan: MappingPlan,
  moved: Moved,
  extra: { provinceConflict: string | undefined; unknownCodesInUse: string[] },
): RemapReport {
  const totals: LineCounts = { dossiers: 0, closedDossiers: 0, followers: 0, broadcasts: 0, units: 0, province: 0 };
  const lines = plan.lines.map((line) => {
    const applied = line.status === 'applied';
    const get = (counts: ReadonlyMap<string, number>): number => (applied ? (counts.get(line.oldCode) ?? 0) : 0);
    const counts: LineCounts = {
      dossiers: get(moved.dossiers),
      closedDossiers: get(moved.closedDossiers),
      followers: get(moved.followers),
      broadcasts: get(moved.broadcasts),
      units: get(moved.units),
      province: applied && moved.provinceFrom === line.oldCode ? 1 : 0,
    };
    for (const key of KEYS) totals[key] += counts[key];
    return { ...line, ...counts };
  });
  return {
    tenant: head.tenant,
    source: head.source,
    dryRun: head.dryRun,
    at: head.at.toISOString(),
    lines,
    unknownCodes: plan.unknownCodes,
    mappedTwice: plan.mappedTwice,
    closedDossiersUntouched: { total: totals.closedDossiers, byCode: Object.fromEntries(moved.closedDossiers) },
    ...(extra.provinceConflict ? { provinceConflict: extra.provinceConflict } : {}),
    unknownCodesInUse: extra.unknownCodesInUse,
    totals,
  };
}
