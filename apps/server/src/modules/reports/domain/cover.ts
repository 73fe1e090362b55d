/**
 * Which stored counters answer a period. Counters are kept per day and per calendar month
 * (`report_days`, `report_months`); a period of local days is read as whole months, plus or minus
 * the day rows at its ragged ends, whichever reads fewer day rows. Days after today hold nothing
 * yet (reading them is one index probe), so the current month to date is read as its month row
 * less its future days, like any whole month.
 */

/** A run of local days (both ends included) added (`sign` 1) or taken away (-1). */
export interface DaySpan {
  from: string;
  to: string;
  sign: 1 | -1;
}

export interface Cover {
  /** First days of the months added whole. */
  months: string[];
  days: DaySpan[];
}

const DAY_MS = 86_400_000;

function toTime(day: string): number {
  return Date.UTC(Number(day.slice(0, 4)), Number(day.slice(5, 7)) - 1, Number(day.slice(8, 10)));
}

function toDay(time: number): string {
  return new Date(time).toISOString().slice(0, 10);
}

export function addDays(day: string, n: number): string {
  return toDay(toTime(day) + n * DAY_MS);
}

export function monthStart(day: string): string {
  return `${day.slice(0, 7)}-01`;
}

export function monthEnd(day: string): string {
  const t = new Date(toTime(monthStart(day)));
  return toDay(Date.UTC(t.getUTCFullYear(), t.getUTCMonth() + 1, 0));
}

/** Day rows a span may read: only days up to today can hold any. */
function cost(from: string, to: string, today: string): number {
  const last = to < today ? to : today;
  return last < from ? 0 : (toTime(last) - toTime(from)) / DAY_MS + 1;
}

/** The months and day spans whose signed sum is the period `from`..`to` (local days, both included). */
export function coverPeriod(from: string, to: string, today: string): Cover {
  const cover: Cover = { months: [], days: [] };
  for (let month = monthStart(from); month <= to; month = addDays(monthEnd(month), 1)) {
    const last = monthEnd(month);
    const inFrom = from > month ? from : month;
    const inTo = to < last ? to : last;
    const outside: DaySpan[] = [];
    if (inFrom > month) outside.push({ from: month, to: addDays(inFrom, -1), sign: -1 });
    if (inTo < last) outside.push({ from: addDays(inTo, 1), to: last, sign: -1 });
    const outsideCost = outside.reduce((n, s) => n + cost(s.from, s.to, today), 0);
    if (outside.length === 0 || outsideCost < cost(inFrom, inTo, today)) {
      cover.months.push(month);
      cover.days.push(...outside);
    } else {
      cover.days.push({ from: inFrom, to: inTo, sign: 1 });
    }
  }
  return cover;
}

/**
 * The backlog at the end of `day` is the sum of its changes over all days up to it: every month up
 * to the day's own, less the days of that month after it.
 */
export function coverUpTo(day: string): { lastMonth: string; minus: DaySpan | undefined } {
  const last = monthEnd(day);
  const minus = day < last ? { from: addDays(day, 1), to: last, sign: -1 as const } : undefined;
  return { lastMonth: monthStart(day), minus };
}
