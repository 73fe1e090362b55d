import { and, asc, desc, eq, inArray, sql } from 'drizzle-orm';
import type { ProcedureDefinition } from '@motcua/contracts';
import type { Tx } from '../../platform/db/database.ts';
import {
  procedures,
  procedureVersionUnits,
  procedureVersions,
  searchSynonyms,
} from '../../platform/db/schema/index.ts';

/** A published version as stored, with the units that receive it. */
export interface StoredVersion {
  id: string;
  procedureId: string;
  version: number;
  publishedAt: Date;
  contentHash: string;
  definition: ProcedureDefinition;
  unitIds: string[];
}

type VersionRow = typeof procedureVersions.$inferSelect;

function toDefinition(row: VersionRow): ProcedureDefinition {
  const optional = <T>(value: T | null): T | undefined => value ?? undefined;
  return {
    code: row.code,
    name: row.name,
    field: { ...(row.fieldCode ? { code: row.fieldCode } : {}), name: row.fieldName },
    level: row.level as ProcedureDefinition['level'],
    ...(row.decisionNo ? { decisionNo: row.decisionNo } : {}),
    authority: row.authority,
    unitEids: [],
    subjects: row.subjects as string[],
    steps: row.steps as string[],
    processingTime: {
      value: row.processingTimeValue,
      unit: row.processingTimeUnit as ProcedureDefinition['processingTime']['unit'],
      ...(row.cutoffTime ? { cutoffTime: row.cutoffTime } : {}),
      ...(row.processingTimeText ? { text: row.processingTimeText } : {}),
    },
    fee: { amount: row.feeAmount, text: row.feeText },
    channels: row.channels as ProcedureDefinition['channels'],
    onlineLevel: row.onlineLevel as ProcedureDefinition['onlineLevel'],
    cases: row.cases as ProcedureDefinition['cases'],
    conditions: row.conditions as string[],
    legalBasis: row.legalBasis as ProcedureDefinition['legalBasis'],
    results: row.results as ProcedureDefinition['results'],
    keywords: row.keywords as string[],
    ...(row.formSchema
      ? {
          form: {
            schema: row.formSchema as Record<string, unknown>,
            uiSchema: (row.formUiSchema ?? {}) as Record<string, unknown>,
          },
        }
      : {}),
    uncertainties: row.uncertainties as string[],
    ...(optional(row.source) ? { source: row.source ?? '' } : {}),
  };
}

async function unitIdsOf(tx: Tx, tenantId: string, versionIds: readonly string[]): Promise<Map<string, string[]>> {
  const result = new Map<string, string[]>();
  if (versionIds.length === 0) return result;
  const rows = await tx
    .select({ versionId: procedureVersionUnits.versionId, unitId: procedureVersionUnits.unitId })
    .from(procedureVersionUnits)
    .where(
      and(eq(procedureVersionUnits.tenantId, tenantId), inArray(procedureVersionUnits.versionId, [...versionIds])),
    );
  for (const row of rows) result.set(row.versionId, [...(result.get(row.versionId) ?? []), row.unitId]);
  return result;
}

function toStored(row: VersionRow, unitIds: string[]): StoredVersion {
  return {
    id: row.id,
    procedureId: row.procedureId,
    version: row.version,
    publishedAt: row.publishedAt,
    contentHash: row.contentHash,
    definition: toDefinition(row),
    unitIds,
  };
}

/** The current published version of every active procedure of a tenant. */
export async function listCurrentVersions(tx: Tx, tenantId: string): Promise<StoredVersion[]> {
  const rows = await tx
    .select({ v: procedureVersions })
    .from(procedures)
    .innerJoin(
      procedureVersions,
      and(eq(procedureVersions.tenantId, procedures.tenantId), eq(procedureVersions.id, procedures.currentVersionId)),
    )
    .where(and(eq(procedures.tenantId, tenantId), eq(procedures.status, 'active')))
    .orderBy(asc(procedures.code));
  const unitMap = await unitIdsOf(
    tx,
    tenantId,
    rows.map((r) => r.v.id),
  );
  return rows.map((r) => toStored(r.v, unitMap.get(r.v.id) ?? []));
}

export async function findCurrentVersion(tx: Tx, tenantId: string, code: string): Promise<StoredVersion | undefined> {
  const rows = await tx
    .select({ v: procedureVersions })
    .from(procedures)
    .innerJoin(
      procedureVersions,
      and(eq(procedureVersions.tenantId, procedures.tenantId), eq(procedureVersions.id, procedures.currentVersionId)),
    )
    .where(and(eq(procedures.tenantId, tenantId), eq(procedures.code, code), eq(procedures.status, 'active')))
    .limit(1);
  const row = rows[0];
  if (!row) return undefined;
  const unitMap = await unitIdsOf(tx, tenantId, [row.v.id]);
  return toStored(row.v, unitMap.get(row.v.id) ?? []);
}

export async function findProcedureId(tx: Tx, tenantId: string, code: string): Promise<string | undefined> {
  const rows = await tx
    .select({ id: procedures.id })
    .from(procedures)
    .where(and(eq(procedures.tenantId, tenantId), eq(procedures.code, code)))
    .limit(1);
  return rows[0]?.id;
}

export interface NewVersion {
  id: string;
  procedureId: string;
  version: number;
  contentHash: string;
  publishedBy: string;
  definition: ProcedureDefinition;
  unitIds: readonly string[];
}

function versionRow(tenantId: string, v: NewVersion): typeof procedureVersions.$inferInsert {
  const d = v.definition;
  return {
    tenantId,
    id: v.id,
    procedureId: v.procedureId,
    version: v.version,
    code: d.code,
    name: d.name,
    fieldCode: d.field.code ?? null,
    fieldName: d.field.name,
    level: d.level,
    onlineLevel: d.onlineLevel,
    decisionNo: d.decisionNo ?? null,
    authority: d.authority,
    processingTimeValue: d.processingTime.value,
    processingTimeUnit: d.processingTime.unit,
    cutoffTime: d.processingTime.cutoffTime ?? null,
    processingTimeText: d.processingTime.text ?? null,
    feeAmount: d.fee.amount,
    feeText: d.fee.text,
    channels: d.channels,
    cases: d.cases,
    subjects: d.subjects,
    steps: d.steps,
    conditions: d.conditions,
    legalBasis: d.legalBasis,
    results: d.results,
    keywords: d.keywords,
    formSchema: d.form?.schema ?? null,
    formUiSchema: d.form?.uiSchema ?? null,
    uncertainties: d.uncertainties,
    source: d.source ?? null,
    contentHash: v.contentHash,
    publishedBy: v.publishedBy,
  };
}

/** Rows a multi-row insert takes at once: well below PostgreSQL's 65,535 parameters. */
const BATCH = 250;

/**
 * Inserts immutable versions (a few statements per batch, not per version), binds their units and
 * makes each its procedure's current one.
 */
export async function insertVersions(tx: Tx, tenantId: string, versions: readonly NewVersion[]): Promise<void> {
  for (let i = 0; i < versions.length; i += BATCH) {
    const batch = versions.slice(i, i + BATCH);
    await tx.insert(procedureVersions).values(batch.map((v) => versionRow(tenantId, v)));
    const units = batch.flatMap((v) => v.unitIds.map((unitId) => ({ tenantId, versionId: v.id, unitId })));
    if (units.length > 0) await tx.insert(procedureVersionUnits).values(units);
    const current = JSON.stringify(batch.map((v) => ({ p: v.procedureId, v: v.id })));
    await tx.execute(sql`
      update procedures set current_version_id = m.v, updated_at = now()
        from jsonb_to_recordset(${current}::jsonb) as m(p uuid, v uuid)
       where procedures.tenant_id = ${tenantId} and procedures.id = m.p`);
  }
}

/** Inserts new procedures (code and id), their versions to follow. */
export async function insertProcedures(
  tx: Tx,
  tenantId: string,
  rows: readonly { id: string; code: string }[],
): Promise<void> {
  for (let i = 0; i < rows.length; i += BATCH) {
    await tx.insert(procedures).values(rows.slice(i, i + BATCH).map((r) => ({ tenantId, ...r })));
  }
}

/** What publishing needs to know of existing procedures: id, current content hash, last version number. */
export interface PublishState {
  procedureId: string;
  /** The current version's hash, when the procedure is active and has one. */
  contentHash: string | undefined;
  currentVersion: number | undefined;
  lastVersion: number;
}

/** The publishing state of the procedures with these codes, in one statement. */
export async function findPublishStates(
  tx: Tx,
  tenantId: string,
  codes: readonly string[],
): Promise<Map<string, PublishState>> {
  const result = new Map<string, PublishState>();
  if (codes.length === 0) return result;
  const rows = await tx.execute<{
    code: string;
    procedure_id: string;
    content_hash: string | null;
    current_version: number | null;
    last_version: number | null;
  }>(sql`
    select p.code, p.id as procedure_id,
           case when p.status = 'active' then v.content_hash end as content_hash,
           case when p.status = 'active' then v.version end as current_version,
           (select max(pv.version) from procedure_versions pv
             where pv.tenant_id = p.tenant_id and pv.procedure_id = p.id) as last_version
      from procedures p
      left join procedure_versions v on v.tenant_id = p.tenant_id and v.id = p.current_version_id
     where p.tenant_id = ${tenantId}
       and p.code in (select jsonb_array_elements_text(${JSON.stringify([...new Set(codes)])}::jsonb))`);
  for (const row of rows.rows) {
    result.set(row.code, {
      procedureId: row.procedure_id,
      contentHash: row.content_hash ?? undefined,
      currentVersion: row.current_version ?? undefined,
      lastVersion: row.last_version ?? 0,
    });
  }
  return result;
}

export async function listSynonyms(tx: Tx, tenantId: string): Promise<{ term: string; expansion: string }[]> {
  return tx
    .select({ term: searchSynonyms.term, expansion: searchSynonyms.expansion })
    .from(searchSynonyms)
    .where(eq(searchSynonyms.tenantId, tenantId));
}

export async function upsertSynonym(
  tx: Tx,
  tenantId: string,
  synonym: { id: string; term: string; expansion: string },
): Promise<void> {
  await tx
    .insert(searchSynonyms)
    .values({ tenantId, ...synonym })
    .onConflictDoUpdate({
      target: [searchSynonyms.tenantId, searchSynonyms.term],
      set: { expansion: synonym.expansion },
    });
}

/** A version by id, current or not: what a dossier was filed under. */
export async function findVersionById(tx: Tx, tenantId: string, id: string): Promise<StoredVersion | undefined> {
  const rows = await tx
    .select()
    .from(procedureVersions)
    .where(and(eq(procedureVersions.tenantId, tenantId), eq(procedureVersions.id, id)))
    .limit(1);
  const row = rows[0];
  if (!row) return undefined;
  const unitMap = await unitIdsOf(tx, tenantId, [row.id]);
  return toStored(row, unitMap.get(row.id) ?? []);
}

/** Every published version of a procedure, newest first; undefined when the province has no such procedure. */
export async function listVersionSummaries(
  tx: Tx,
  tenantId: string,
  code: string,
): Promise<{ version: number; publishedAt: Date; contentHash: string }[] | undefined> {
  const procedureId = await findProcedureId(tx, tenantId, code);
  if (!procedureId) return undefined;
  return tx
    .select({
      version: procedureVersions.version,
      publishedAt: procedureVersions.publishedAt,
      contentHash: procedureVersions.contentHash,
    })
    .from(procedureVersions)
    .where(and(eq(procedureVersions.tenantId, tenantId), eq(procedureVersions.procedureId, procedureId)))
    .orderBy(desc(procedureVersions.version));
}
