import type { Fee, ProcedureDefinition, VisitBooking, VisitPlace } from '@motcua/contracts';
import type { Tx } from '../../platform/db/database.ts';
import { getWorkingCalendar, type Unit } from '../tenants/index.ts';
import { calendarWindow, offeredSlots, slotSettings, vietnamIso, type Slot, type SlotSettings } from './slots.ts';
import { findVisitSetting } from './visits.repo.ts';

/** The slots offered at `now` on the province's calendar, with the province's slot setting. */
export async function readOffer(
  tx: Tx,
  tenantId: string,
  now: Date,
): Promise<{ settings: SlotSettings; slots: Slot[] }> {
  const window = calendarWindow(now);
  const calendar = await getWorkingCalendar(tx, tenantId, window.from, window.to);
  const settings = slotSettings(await findVisitSetting(tx, tenantId));
  return { settings, slots: offeredSlots(calendar, now, settings.slotMinutes) };
}

/** The fee published for the dossier's channel (a Zalo filing is an online one), else the procedure's. */
export function publishedFee(definition: ProcedureDefinition, channel: string): Fee {
  const wanted = channel === 'zalo' ? 'online' : channel;
  return definition.channels.find((rule) => rule.channel === wanted)?.fee ?? definition.fee;
}

export function placeOf(units: readonly Unit[], unitId: string): VisitPlace {
  const unit = units.find((u) => u.id === unitId);
  return { name: unit?.name ?? '', address: unit?.address ?? '' };
}

export function bookingView(visit: { startsAt: Date; endsAt: Date }, place: VisitPlace): VisitBooking {
  return { start: vietnamIso(visit.startsAt), end: vietnamIso(visit.endsAt), unit: place };
}
