import type { ProcedureDefinition, PublishVersionResult } from '@motcua/contracts';
import { appendAudit } from '../../../platform/audit.ts';
import { withTx, type Database, type Tx } from '../../../platform/db/database.ts';
import type { FieldError } from '../../../platform/errors.ts';
import { bumpCatalogRevision, listUnits } from '../../tenants/index.ts';
import { DefinitionInvalidError } from '../catalog.errors.ts';
import { findCurrentVersion } from '../catalog.repo.ts';
import { contentHash, definitionProblems, normalizeDefinition, publishInTx } from './publish-procedure-version.ts';

/** `"/cases: case key x repeats"` → a field error pointing into the request body. */
function toFieldError(problem: string): FieldError {
  const at = problem.indexOf(': ');
  if (at < 0 || !problem.startsWith('/')) return { pointer: '/body', message: problem };
  return {
    pointer: `/body${problem.slice(0, at) === '/' ? '' : problem.slice(0, at)}`,
    message: problem.slice(at + 2),
  };
}

interface ResolvedUnits {
  ids: string[];
  eidOf: ReadonlyMap<string, string>;
}

async function resolveUnits(tx: Tx, tenantId: string, definition: ProcedureDefinition): Promise<ResolvedUnits> {
  const units = await listUnits(tx, tenantId);
  const idByEid = new Map(units.map((u) => [u.eid, u.id]));
  const problems: FieldError[] = [];
  const ids = definition.unitEids.flatMap((eid, i) => {
    const id = idByEid.get(eid);
    if (id === undefined) problems.push({ pointer: `/body/unitEids/${i}`, message: `no unit with e-ID ${eid}` });
    return id === undefined ? [] : [id];
  });
  if (problems.length > 0) throw new DefinitionInvalidError(problems);
  return { ids, eidOf: new Map(units.map((u) => [u.id, u.eid])) };
}

/**
 * Whether the definition says what the current version says. The stored content hash also covers
 * the order the receiving units were listed in, which the stored version does not keep; the editor
 * sends them back in another order, so both sides are compared with their units sorted.
 */
async function isCurrentContent(
  tx: Tx,
  tenantId: string,
  definition: ProcedureDefinition,
  units: ResolvedUnits,
): Promise<number | undefined> {
  const current = await findCurrentVersion(tx, tenantId, definition.code);
  if (!current) return undefined;
  const currentEids = current.unitIds.map((id) => units.eidOf.get(id) ?? id);
  const same =
    contentHash({ ...current.definition, unitEids: currentEids.sort() }, current.unitIds) ===
    contentHash({ ...definition, unitEids: [...definition.unitEids].sort() }, units.ids);
  return same ? current.version : undefined;
}

/**
 * An admin publishes a procedure version from the console's editor. The definition is checked as
 * an import checks it (shape, unique case and document keys, the e-form compiles as JSON Schema
 * 2020-12 and its `examples[0]` validates, known units). Published versions are immutable; content
 * identical to the current version publishes nothing.
 */
export async function publishProcedure(
  deps: { database: Database; now: () => Date },
  tenantId: string,
  code: string,
  body: ProcedureDefinition,
  actor: { officerId: string; requestId: string },
): Promise<PublishVersionResult> {
  const definition = normalizeDefinition(body);
  const problems = definitionProblems(definition).map(toFieldError);
  if (definition.code !== code) problems.push({ pointer: '/body/code', message: `must equal ${code}` });
  if (problems.length > 0) throw new DefinitionInvalidError(problems);
  const now = deps.now();
  return withTx(deps.database, tenantId, async (tx) => {
    const units = await resolveUnits(tx, tenantId, definition);
    const unchanged = await isCurrentContent(tx, tenantId, definition, units);
    const result =
      unchanged === undefined
        ? await publishInTx(tx, tenantId, definition, units.ids, `officer:${actor.officerId}`)
        : { code, version: unchanged, created: false };
    if (result.created) await bumpCatalogRevision(tx, tenantId);
    await appendAudit(
      tx,
      tenantId,
      {
        actorType: 'officer',
        actorId: actor.officerId,
        action: 'procedure.publish',
        subjectType: 'procedure',
        subjectId: code,
        requestId: actor.requestId,
        detail: { version: result.version, published: result.created },
      },
      now,
    );
    return { version: result.version, published: result.created };
  });
}
