/** Vietnam local time is UTC+7 all year (no daylight saving time). */
const VIETNAM_OFFSET_MS = 7 * 60 * 60 * 1000;
const DAY_MS = 24 * 60 * 60 * 1000;
const LOCAL_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** A report period of whole Vietnam local days, and the instants the SQL compares with. */
export interface Period {
  /** First local day, `yyyy-MM-dd`. */
  from: string;
  /** Last local day, included. */
  to: string;
  /** 00:00 of `from` in Vietnam. */
  start: Date;
  /** 00:00 of the day after `to` in Vietnam (exclusive). */
  end: Date;
  /** When the backlog (in progress, overdue) is counted: the end of the period, or now if sooner. */
  asOf: Date;
}

export type PeriodResult = { ok: true; period: Period } | { ok: false; reason: 'not_a_date' | 'reversed' | 'too_long' };

/**
 * The longest period one request may count: a year (a leap year's 366 days). Longer spans would
 * read millions of index entries in one request; a longer view is several yearly reports.
 */
export const MAX_PERIOD_DAYS = 366;

/** The Vietnam local day of an instant. */
export function localDay(instant: Date): string {
  return new Date(instant.getTime() + VIETNAM_OFFSET_MS).toISOString().slice(0, 10);
}

/** 00:00 of a local day in Vietnam, or undefined when the text is not a real date. */
function localMidnight(day: string): Date | undefined {
  const match = LOCAL_DATE.exec(day);
  if (!match) return undefined;
  const utc = Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3]));
  if (Number.isNaN(utc) || new Date(utc).toISOString().slice(0, 10) !== day) return undefined;
  return new Date(utc - VIETNAM_OFFSET_MS);
}

/**
 * The period asked for, both days included; without `to` it ends today, without `from` it starts
 * on the first day of `to`'s month.
 */
export function resolvePeriod(query: { from?: string; to?: string }, now: Date): PeriodResult {
  const to = query.to ?? localDay(now);
  const from = query.from ?? `${to.slice(0, 8)}01`;
  const start = localMidnight(from);
  const last = localMidnight(to);
  if (!start || !last) return { ok: false, reason: 'not_a_date' };
  if (start.getTime() > last.getTime()) return { ok: false, reason: 'reversed' };
  const end = new Date(last.getTime() + DAY_MS);
  if (end.getTime() - start.getTime() > MAX_PERIOD_DAYS * DAY_MS) return { ok: false, reason: 'too_long' };
  const asOf = now.getTime() < end.getTime() ? now : end;
  return { ok: true, period: { from, to, start, end, asOf } };
}

/** `yyyy-MM-dd` → `dd/MM/yyyy`, as Vietnamese documents write dates. */
export function formatDay(day: string): string {
  return `${day.slice(8, 10)}/${day.slice(5, 7)}/${day.slice(0, 4)}`;
}

/** An instant as Vietnam local `HH:mm dd/MM/yyyy`. */
export function formatLocalTime(instant: Date): string {
  const iso = new Date(instant.getTime() + VIETNAM_OFFSET_MS).toISOString();
  return `${iso.slice(11, 16)} ${formatDay(iso.slice(0, 10))}`;
}
