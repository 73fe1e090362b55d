import { Type, type Static } from '@sinclair/typebox';

/** A Vietnam local date (Asia/Ho_Chi_Minh, UTC+7), `yyyy-MM-dd`. */
export const LocalDate = Type.String({
  pattern: '^[0-9]{4}-(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])$',
  description: 'Ngày theo giờ Việt Nam, yyyy-MM-dd',
});

/**
 * The dashboard's period (both days included, Vietnam local days, at most a year) and an optional
 * unit. Without dates: from the first day of the current month to today.
 */
export const StatsQuery = Type.Object({
  from: Type.Optional(LocalDate),
  to: Type.Optional(LocalDate),
  unit: Type.Optional(Type.String({ format: 'uuid', description: 'Chỉ đơn vị tiếp nhận này' })),
});
export type StatsQuery = Static<typeof StatsQuery>;

const Count = Type.Integer({ minimum: 0 });

export const UnitStats = Type.Object({
  unitId: Type.String({ format: 'uuid' }),
  unitName: Type.String(),
  received: Count,
  completed: Count,
  onTime: Count,
  overdue: Count,
});
export type UnitStats = Static<typeof UnitStats>;

export const ProcedureStats = Type.Object({
  code: Type.String(),
  name: Type.String(),
  received: Count,
  completed: Count,
  onTime: Count,
});
export type ProcedureStats = Static<typeof ProcedureStats>;

export const ChannelStats = Type.Object({
  channel: Type.String({ description: 'counter | online | postal | zalo' }),
  received: Count,
});
export type ChannelStats = Static<typeof ChannelStats>;

export const SatisfactionStats = Type.Object({
  very_satisfied: Count,
  satisfied: Count,
  unsatisfied: Count,
  rate: Type.Union([Type.Number(), Type.Null()], {
    description: '(very_satisfied + satisfied) ÷ all ratings, in %; null without ratings',
  }),
});
export type SatisfactionStats = Static<typeof SatisfactionStats>;

/** One indicator of the dashboard (QĐ 766/QĐ-TTg where it says so); `value` is null when it has no base. */
export const Indicator = Type.Object({
  key: Type.String(),
  label: Type.String(),
  value: Type.Union([Type.Number(), Type.Null()]),
  unit: Type.String({ description: '% or ngày' }),
});
export type Indicator = Static<typeof Indicator>;

/**
 * The dashboard figures, counted over the dossiers received by the units in scope:
 * - `received`: accepted (tiếp nhận) during the period;
 * - `completed`: processing ended (result ready, or stopped) during the period, = `onTime` + `late`;
 * - `onTime` / `late`: QĐ 766 indicator 2.1 — ended no later than the due date first promised on
 *   Mẫu 01 (`dueAt`, which supplement waiting time already moved), a reschedule not counting, and
 *   with at most one supplement request;
 * - `inProgress`: accepted and not ended at `period.asOf` (the end of the period, or now);
 * - `overdue`: of those, past the date last promised to the citizen (the apology's new date where
 *   there is one) and not waiting for a supplement.
 */
export const ConsoleStats = Type.Object({
  period: Type.Object({
    from: LocalDate,
    to: LocalDate,
    asOf: Type.String({ format: 'date-time', description: 'The instant inProgress and overdue are counted at' }),
  }),
  received: Count,
  inProgress: Count,
  completed: Count,
  onTime: Count,
  late: Count,
  overdue: Count,
  byUnit: Type.Array(UnitStats),
  byProcedure: Type.Array(ProcedureStats),
  byChannel: Type.Array(ChannelStats),
  satisfaction: SatisfactionStats,
  indicators: Type.Array(Indicator),
});
export type ConsoleStats = Static<typeof ConsoleStats>;
