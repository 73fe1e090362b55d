import type { UnitItem, UpdateUnitBody } from '@motcua/contracts';
import { appendAudit } from '../../../platform/audit.ts';
import { withTx, type Database } from '../../../platform/db/database.ts';
import { canAttach } from '../domain/units/unit-tree.ts';
import { UnitNotFoundError, UnitParentInvalidError } from '../tenants.errors.ts';
import { findUnitById, listUnits, updateUnit as saveUnit, type UnitChanges } from '../units.repo.ts';
import type { AdminActor } from './create-unit.ts';
import { toUnitItem } from './list-province-units.ts';

function changesOf(body: UpdateUnitBody): UnitChanges {
  const text = (value: string | null): string | null => {
    const t = value?.normalize('NFC').trim();
    return t ? t : null;
  };
  const changes: UnitChanges = {};
  if (body.name !== undefined) changes.name = body.name.normalize('NFC').trim();
  if (body.shortName !== undefined) changes.shortName = text(body.shortName);
  if (body.address !== undefined) changes.address = text(body.address);
  if (body.parentId !== undefined) changes.parentId = body.parentId;
  return changes;
}

/**
 * Renames a unit, changes its short name or address, or moves it under another parent (never under
 * itself or one of its own sub-units). The e-ID and kind do not change: dossier codes carry the e-ID.
 */
export async function updateUnit(
  deps: { database: Database; now: () => Date },
  tenantId: string,
  unitId: string,
  body: UpdateUnitBody,
  actor: AdminActor,
): Promise<UnitItem> {
  const now = deps.now();
  const changes = changesOf(body);
  return withTx(deps.database, tenantId, async (tx) => {
    const unit = await findUnitById(tx, tenantId, unitId);
    if (!unit) throw new UnitNotFoundError();
    if (changes.parentId) {
      const tree = await listUnits(tx, tenantId);
      if (!canAttach(tree, unitId, changes.parentId)) throw new UnitParentInvalidError();
    }
    await saveUnit(tx, tenantId, unitId, changes);
    await appendAudit(
      tx,
      tenantId,
      {
        actorType: 'officer',
        actorId: actor.officerId,
        action: 'unit.update',
        subjectType: 'unit',
        subjectId: unitId,
        requestId: actor.requestId,
        detail: { fields: Object.keys(changes).sort().join(',') },
      },
      now,
    );
    return toUnitItem({ ...unit, ...changes });
  });
}
