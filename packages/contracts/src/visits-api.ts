import { Type, type Static } from '@sinclair/typebox';

const VietnamTime = Type.String({
  format: 'date-time',
  description: 'Vietnam time with its offset, e.g. 2026-10-12T07:30:00+07:00',
});

/** The desk to come to. */
export const VisitPlace = Type.Object({
  name: Type.String(),
  address: Type.String({ description: 'Empty when the unit has no address on file' }),
});
export type VisitPlace = Static<typeof VisitPlace>;

export const VisitBooking = Type.Object({
  start: VietnamTime,
  end: VietnamTime,
  unit: VisitPlace,
});
export type VisitBooking = Static<typeof VisitBooking>;

export const VisitSlot = Type.Object({
  start: VietnamTime,
  end: VietnamTime,
  remaining: Type.Integer({ minimum: 0, description: 'Places left; 0 = full' }),
});
export type VisitSlot = Static<typeof VisitSlot>;

/** A document of the dossier's case whose original must be brought to the desk. */
export const VisitChecklistItem = Type.Object({
  name: Type.String(),
  originals: Type.Integer({ minimum: 0 }),
  copies: Type.Integer({ minimum: 0 }),
});
export type VisitChecklistItem = Static<typeof VisitChecklistItem>;

export const VisitFee = Type.Object({
  amount: Type.Integer({ minimum: 0, description: 'VND' }),
  text: Type.String({ description: 'The fee text of the pinned procedure version, exemptions included' }),
  paid: Type.Boolean(),
});
export type VisitFee = Static<typeof VisitFee>;

/** `GET /applications/{code}/visit?key=`: the one planned visit to the desk. */
export const VisitPlan = Type.Object({
  allowed: Type.Boolean({ description: 'Whether a visit can be booked or moved in the dossier’s status' }),
  booking: Type.Union([VisitBooking, Type.Null()]),
  unit: VisitPlace,
  checklist: Type.Array(VisitChecklistItem),
  fee: Type.Union([VisitFee, Type.Null()]),
  slots: Type.Array(VisitSlot, { description: 'Empty when not allowed' }),
});
export type VisitPlan = Static<typeof VisitPlan>;

/** `PUT /applications/{code}/visit?key=`: book, or move the booking to another slot. */
export const BookVisitBody = Type.Object({
  start: Type.String({ format: 'date-time', description: 'The start of one of the offered slots' }),
});
export type BookVisitBody = Static<typeof BookVisitBody>;

export const BookVisitResponse = Type.Object({ booking: VisitBooking });
export type BookVisitResponse = Static<typeof BookVisitResponse>;

/** `GET /console/visits?date=`: one Vietnam day at the officer's units. */
export const ConsoleVisitsQuery = Type.Object({
  date: Type.String({
    pattern: '^[0-9]{4}-(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])$',
    description: 'Ngày theo giờ Việt Nam, yyyy-MM-dd',
  }),
});
export type ConsoleVisitsQuery = Static<typeof ConsoleVisitsQuery>;

export const ConsoleVisit = Type.Object({
  start: VietnamTime,
  end: VietnamTime,
  code: Type.String(),
  applicantName: Type.String({ description: 'Masked, as in the inbox' }),
  procedureName: Type.String(),
  status: Type.String({ description: 'The dossier’s status label (Vietnamese)' }),
});
export type ConsoleVisit = Static<typeof ConsoleVisit>;

export const ConsoleVisitList = Type.Object({ items: Type.Array(ConsoleVisit) });
export type ConsoleVisitList = Static<typeof ConsoleVisitList>;
