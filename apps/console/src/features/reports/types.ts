/*
 * The dashboard's wire types (`GET /console/stats`), mirrored from the shared contracts'
 * `ConsoleStats` until the console imports them directly.
 */

export interface StatsQuery {
  /** Vietnam local days, both included. */
  from: string;
  to: string;
  unit?: string;
}

export interface UnitStats {
  unitId: string;
  unitName: string;
  received: number;
  completed: number;
  onTime: number;
  overdue: number;
}

export interface ProcedureStats {
  code: string;
  name: string;
  received: number;
  completed: number;
  onTime: number;
}

export interface ChannelStats {
  channel: string;
  received: number;
}

export interface SatisfactionStats {
  very_satisfied: number;
  satisfied: number;
  unsatisfied: number;
  /** Satisfied (both levels) over all ratings, in %; null without ratings. */
  rate: number | null;
}

/** One indicator (QĐ 766/QĐ-TTg where it says so); `value` is null when it has no base. */
export interface Indicator {
  key: string;
  label: string;
  value: number | null;
  /** `%` or `ngày`. */
  unit: string;
}

export interface ConsoleStats {
  period?: { from: string; to: string; asOf: string };
  received: number;
  inProgress: number;
  completed: number;
  onTime: number;
  late: number;
  overdue: number;
  byUnit: UnitStats[];
  byProcedure: ProcedureStats[];
  byChannel: ChannelStats[];
  satisfaction: SatisfactionStats;
  indicators: Indicator[];
}
