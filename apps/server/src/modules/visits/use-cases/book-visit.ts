import { ApplicationNotFoundError, sameKey } from '../../applications/index.ts';
import type { BookVisitResponse, VisitBooking } from '@motcua/contracts';
import type { Clock } from '../../../platform/clock.ts';
import { withTx, type Database, type Tx } from '../../../platform/db/database.ts';
import { newId } from '../../../platform/ids.ts';
import { idempotent } from '../../../platform/idempotency.ts';
import { recordNotice } from '../../applications/index.ts';
import { listUnits, type Tenant } from '../../tenants/index.ts';
import { canBookVisit, visitUnitId } from '../domain/visit-rules.ts';
import { bookingView, placeOf, readOffer } from '../offer.ts';
import { SlotFullError, SlotInvalidError, VisitNotAllowedError } from '../visits.errors.ts';
import {
  cancelVisit,
  countBookings,
  findLiveVisit,
  findVisitDossier,
  insertVisit,
  lockSlot,
  type VisitDossier,
} from '../visits.repo.ts';

export interface BookVisitInput {
  tenant: Tenant;
  code: string;
  key: string;
  /** The slot's start as sent (ISO 8601). */
  start: string;
  idempotencyKey: string | undefined;
}

async function book(tx: Tx, tenantId: string, dossier: VisitDossier, start: Date, now: Date): Promise<VisitBooking> {
  if (!canBookVisit(dossier.status)) throw new VisitNotAllowedError(dossier.status);
  const unitId = visitUnitId(dossier);
  const { settings, slots } = await readOffer(tx, tenantId, now);
  const slot = slots.find((s) => s.start.getTime() === start.getTime());
  if (!slot) throw new SlotInvalidError();
  const units = await listUnits(tx, tenantId);
  const live = await findLiveVisit(tx, tenantId, dossier.id);
  if (live && live.unitId === unitId && live.startsAt.getTime() === slot.start.getTime())
    return bookingView(live, placeOf(units, unitId));
  await lockSlot(tx, tenantId, unitId, slot.start);
  const taken = (await countBookings(tx, tenantId, unitId, slot.start, slot.end)).get(slot.start.getTime()) ?? 0;
  if (taken >= settings.capacity) throw new SlotFullError();
  if (live) await cancelVisit(tx, tenantId, live.id, now);
  const id = newId(now.getTime());
  await insertVisit(tx, {
    tenantId,
    id,
    applicationId: dossier.id,
    unitId,
    startsAt: slot.start,
    endsAt: slot.end,
    createdAt: now,
  });
  await recordNotice(tx, tenantId, dossier.id, id, 'visit.booked');
  const remindAt = reminderTime(slot.start);
  if (remindAt.getTime() > now.getTime()) {
    await recordNotice(tx, tenantId, dossier.id, id, 'visit.reminder', { runAt: remindAt });
  }
  return bookingView({ startsAt: slot.start, endsAt: slot.end }, placeOf(units, unitId));
}

/** Vietnam keeps UTC+7 all year. */
const VIETNAM_OFFSET_MS = 7 * 3_600_000;

/** 08:00 Vietnam time on the day before the visit: when the reminder with the checklist goes out. */
export function reminderTime(visitStart: Date): Date {
  const local = new Date(visitStart.getTime() + VIETNAM_OFFSET_MS);
  const dayBefore = Date.UTC(local.getUTCFullYear(), local.getUTCMonth(), local.getUTCDate() - 1, 8, 0, 0);
  return new Date(dayBefore - VIETNAM_OFFSET_MS);
}

/**
 * Books the dossier's one visit, or moves it: the live booking is cancelled and the new one made
 * in the same transaction, so a full slot leaves the old booking in place. The dossier row is
 * locked first, then the slot (a transaction-scoped advisory lock), and the places are counted
 * under that lock, so concurrent bookings never exceed the slot's capacity. The citizen notice
 * `visit.booked` is enqueued in the same transaction, and the reminder `visit.reminder` for the day
 * before (a moved or cancelled booking's reminder finds it no longer live and is voided).
 */
export async function bookVisit(
  deps: { database: Database; clock: Clock },
  input: BookVisitInput,
): Promise<BookVisitResponse> {
  const tenantId = input.tenant.id;
  const now = deps.clock.now();
  const start = new Date(input.start);
  const result = await withTx(deps.database, tenantId, async (tx) => {
    const dossier = await findVisitDossier(tx, tenantId, input.code, true);
    if (!dossier || !sameKey(dossier.lookupKey, input.key)) throw new ApplicationNotFoundError();
    return idempotent(
      tx,
      tenantId,
      `visits.book:${input.code}`,
      input.idempotencyKey,
      { start: input.start },
      async () => {
        if (Number.isNaN(start.getTime())) throw new SlotInvalidError();
        return { status: 200, body: { booking: await book(tx, tenantId, dossier, start, now) } };
      },
    );
  });
  return result.body;
}
