import { createHash } from 'node:crypto';
import { Value } from '@sinclair/typebox/value';
import { ProcedureDefinition } from '@motcua/contracts';
import type { Tx } from '../../../platform/db/database.ts';
import { newId } from '../../../platform/ids.ts';
import { checkFormSchema } from '../forms.ts';
import { findPublishStates, insertProcedures, insertVersions, type NewVersion } from '../catalog.repo.ts';

/** Deep-normalises every string to NFC so stored text compares and searches consistently. */
export function normalizeDefinition<T>(value: T): T {
  if (typeof value === 'string') return value.normalize('NFC') as T;
  if (Array.isArray(value)) return value.map(normalizeDefinition) as T;
  if (value && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, normalizeDefinition(v)])) as T;
  }
  return value;
}

function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  if (value && typeof value === 'object') {
    const entries = Object.entries(value).sort(([a], [b]) => (a < b ? -1 : 1));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonical(v)}`).join(',')}}`;
  }
  return JSON.stringify(value);
}

export function contentHash(definition: ProcedureDefinition, unitIds: readonly string[]): string {
  return createHash('sha256')
    .update(canonical({ definition, unitIds: [...unitIds].sort() }))
    .digest('hex');
}

/** Every problem with a definition, empty when it can be published. */
export function definitionProblems(value: unknown): string[] {
  if (!Value.Check(ProcedureDefinition, value)) {
    return [...Value.Errors(ProcedureDefinition, value)].slice(0, 8).map((e) => `${e.path || '/'}: ${e.message}`);
  }
  const problems: string[] = [];
  const caseKeys = new Set<string>();
  for (const c of value.cases) {
    if (caseKeys.has(c.key)) problems.push(`/cases: case key ${c.key} repeats`);
    caseKeys.add(c.key);
    const docKeys = new Set<string>();
    for (const d of c.documents) {
      if (docKeys.has(d.key)) problems.push(`/cases/${c.key}: document key ${d.key} repeats`);
      docKeys.add(d.key);
    }
  }
  if (value.form) problems.push(...checkFormSchema(value.form.schema).problems.map((p) => `/form: ${p}`));
  return problems;
}

export interface PublishResult {
  code: string;
  version: number;
  created: boolean;
}

/**
 * Publishes a procedure version inside the caller's transaction. The definition must already be
 * valid (see `definitionProblems`). Content identical to the current version publishes nothing.
 */
export async function publishInTx(
  tx: Tx,
  tenantId: string,
  definition: ProcedureDefinition,
  unitIds: readonly string[],
  publishedBy: string,
): Promise<PublishResult> {
  const [result] = await publishManyInTx(tx, tenantId, [{ definition, unitIds }], publishedBy);
  return result ?? { code: definition.code, version: 0, created: false };
}

/**
 * Publishes many checked definitions (distinct codes) inside the caller's transaction, reading and
 * writing in batches: a catalogue of thousands of procedures takes a few dozen statements.
 */
export async function publishManyInTx(
  tx: Tx,
  tenantId: string,
  items: readonly { definition: ProcedureDefinition; unitIds: readonly string[] }[],
  publishedBy: string,
): Promise<PublishResult[]> {
  const states = await findPublishStates(
    tx,
    tenantId,
    items.map((i) => i.definition.code),
  );
  const newProcedures: { id: string; code: string }[] = [];
  const versions: NewVersion[] = [];
  const results = items.map(({ definition, unitIds }): PublishResult => {
    const hash = contentHash(definition, unitIds);
    const state = states.get(definition.code);
    if (state?.contentHash === hash) {
      return { code: definition.code, version: state.currentVersion ?? 0, created: false };
    }
    const procedureId = state?.procedureId ?? newId();
    if (!state) newProcedures.push({ id: procedureId, code: definition.code });
    const version = (state?.lastVersion ?? 0) + 1;
    versions.push({ id: newId(), procedureId, version, contentHash: hash, publishedBy, definition, unitIds });
    return { code: definition.code, version, created: true };
  });
  await insertProcedures(tx, tenantId, newProcedures);
  await insertVersions(tx, tenantId, versions);
  return results;
}
