import { ApplicationNotFoundError, sameKey } from '../../applications/index.ts';
import type { VisitPlan, VisitSlot } from '@motcua/contracts';
import type { Clock } from '../../../platform/clock.ts';
import { withTx, type Database, type Tx } from '../../../platform/db/database.ts';
import { findVersionById } from '../../catalog/index.ts';
import { listUnits, type Tenant } from '../../tenants/index.ts';
import { canBookVisit, originalsChecklist, visitFee, visitUnitId } from '../domain/visit-rules.ts';
import { bookingView, placeOf, publishedFee, readOffer } from '../offer.ts';
import { vietnamIso } from '../slots.ts';

import { countBookings, filedDocumentKeys, findLiveVisit, findVisitDossier } from '../visits.repo.ts';

async function openSlots(tx: Tx, tenantId: string, unitId: string, now: Date): Promise<VisitSlot[]> {
  const { settings, slots } = await readOffer(tx, tenantId, now);
  const first = slots[0];
  const last = slots.at(-1);
  if (!first || !last) return [];
  const taken = await countBookings(tx, tenantId, unitId, first.start, last.end);
  return slots.map((slot) => ({
    start: vietnamIso(slot.start),
    end: vietnamIso(slot.end),
    remaining: Math.max(0, settings.capacity - (taken.get(slot.start.getTime()) ?? 0)),
  }));
}

/**
 * The visit plan of a dossier for the holder of its receipt: the desk, what to bring (originals of
 * the case's documents, from the pinned procedure version), the fee, the live booking and, while a
 * visit can be booked, the offered slots with the places left.
 */
export async function getVisitPlan(
  deps: { database: Database; clock: Clock },
  input: { tenant: Tenant; code: string; key: string },
): Promise<VisitPlan> {
  const tenantId = input.tenant.id;
  const now = deps.clock.now();
  return withTx(deps.database, tenantId, async (tx) => {
    const dossier = await findVisitDossier(tx, tenantId, input.code);
    if (!dossier || !sameKey(dossier.lookupKey, input.key)) throw new ApplicationNotFoundError();
    const version = await findVersionById(tx, tenantId, dossier.procedureVersionId);
    if (!version) throw new Error('pinned procedure version is missing');
    const units = await listUnits(tx, tenantId);
    const unitId = visitUnitId(dossier);
    const allowed = canBookVisit(dossier.status);
    const live = await findLiveVisit(tx, tenantId, dossier.id);
    const documents = version.definition.cases.find((c) => c.key === dossier.caseKey)?.documents ?? [];
    const filedOnline = dossier.channel === 'online' || dossier.channel === 'zalo';
    return {
      allowed,
      booking: live ? bookingView(live, placeOf(units, live.unitId)) : null,
      unit: placeOf(units, unitId),
      checklist: originalsChecklist(documents, await filedDocumentKeys(tx, tenantId, dossier.id), filedOnline),
      fee: visitFee(publishedFee(version.definition, dossier.channel), dossier),
      slots: allowed ? await openSlots(tx, tenantId, unitId, now) : [],
    };
  });
}
