import type { CreateUnitBody, UnitItem } from '@motcua/contracts';
import { appendAudit } from '../../../platform/audit.ts';
import { withTx, type Database } from '../../../platform/db/database.ts';
import { newId } from '../../../platform/ids.ts';
import { isAgencyEid } from '../domain/units/agency-eid.ts';
import { UnitEidInvalidError, UnitEidTakenError, UnitParentInvalidError } from '../tenants.errors.ts';
import { findUnitById, findUnitsByEid, insertUnit } from '../units.repo.ts';
import { toUnitItem } from './list-province-units.ts';

export interface AdminActor {
  officerId: string;
  requestId: string;
}

export function isUniqueViolation(error: unknown): boolean {
  for (let e: unknown = error; e instanceof Error; e = e.cause) {
    if ('code' in e && e.code === '23505') return true;
  }
  return false;
}

function optionalText(value: string | undefined): string | null {
  const text = value?.normalize('NFC').trim();
  return text ? text : null;
}

/**
 * Adds a unit to the province's tree. Its e-ID must follow the agency code format and be unique in
 * the province (it prefixes the dossier codes); the parent, when given, must be a unit of the province.
 */
export async function createUnit(
  deps: { database: Database; now: () => Date },
  tenantId: string,
  body: CreateUnitBody,
  actor: AdminActor,
): Promise<UnitItem> {
  if (!isAgencyEid(body.eid)) throw new UnitEidInvalidError();
  const now = deps.now();
  const unit = {
    id: newId(now.getTime()),
    parentId: body.parentId ?? null,
    kind: body.kind,
    name: body.name.normalize('NFC').trim(),
    shortName: optionalText(body.shortName),
    eid: body.eid,
    adminUnitCode: body.adminUnitCode ?? null,
    address: optionalText(body.address),
    phone: null,
  };
  try {
    return await withTx(deps.database, tenantId, async (tx) => {
      if (unit.parentId && !(await findUnitById(tx, tenantId, unit.parentId))) throw new UnitParentInvalidError();
      if ((await findUnitsByEid(tx, tenantId, [unit.eid])).length > 0) throw new UnitEidTakenError();
      await insertUnit(tx, tenantId, unit);
      await appendAudit(
        tx,
        tenantId,
        {
          actorType: 'officer',
          actorId: actor.officerId,
          action: 'unit.create',
          subjectType: 'unit',
          subjectId: unit.id,
          requestId: actor.requestId,
          detail: { eid: unit.eid, kind: unit.kind },
        },
        now,
      );
      return toUnitItem(unit);
    });
  } catch (error) {
    if (isUniqueViolation(error)) throw new UnitEidTakenError();
    throw error;
  }
}
