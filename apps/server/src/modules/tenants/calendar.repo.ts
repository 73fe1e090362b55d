import { and, asc, eq, gte, lte, sql } from 'drizzle-orm';
import type { Tx } from '../../platform/db/database.ts';
import { calendarDays, tenantSettings } from '../../platform/db/schema/index.ts';

export interface CalendarDayRow {
  day: string;
  kind: 'holiday' | 'workday';
  name: string;
  source: 'default' | 'estimated' | 'admin';
}

export async function listCalendarDays(tx: Tx, tenantId: string, from: string, to: string): Promise<CalendarDayRow[]> {
  const rows = await tx
    .select({ day: calendarDays.day, kind: calendarDays.kind, name: calendarDays.name, source: calendarDays.source })
    .from(calendarDays)
    .where(and(eq(calendarDays.tenantId, tenantId), gte(calendarDays.day, from), lte(calendarDays.day, to)))
    .orderBy(asc(calendarDays.day));
  return rows.map((r) => ({
    ...r,
    kind: r.kind as CalendarDayRow['kind'],
    source: r.source as CalendarDayRow['source'],
  }));
}

/** Writes computed defaults without overwriting days an admin has set. */
export async function insertDefaultDays(tx: Tx, tenantId: string, days: readonly CalendarDayRow[]): Promise<number> {
  if (days.length === 0) return 0;
  const inserted = await tx
    .insert(calendarDays)
    .values(days.map((d) => ({ tenantId, ...d })))
    .onConflictDoNothing()
    .returning({ day: calendarDays.day });
  return inserted.length;
}

/** An admin's correction: a holiday or make-up working day, replacing whatever was there. */
export async function upsertCalendarDay(tx: Tx, tenantId: string, day: CalendarDayRow): Promise<void> {
  await tx
    .insert(calendarDays)
    .values({ tenantId, ...day })
    .onConflictDoUpdate({
      target: [calendarDays.tenantId, calendarDays.day],
      set: { kind: day.kind, name: day.name, source: day.source, updatedAt: new Date() },
    });
}

/** Removes a day's row; false when there was none. */
export async function deleteCalendarDay(tx: Tx, tenantId: string, day: string): Promise<boolean> {
  const deleted = await tx
    .delete(calendarDays)
    .where(and(eq(calendarDays.tenantId, tenantId), eq(calendarDays.day, day)))
    .returning({ day: calendarDays.day });
  return deleted.length > 0;
}

export async function findSetting(tx: Tx, tenantId: string, key: string): Promise<unknown> {
  const rows = await tx
    .select({ value: tenantSettings.value })
    .from(tenantSettings)
    .where(and(eq(tenantSettings.tenantId, tenantId), eq(tenantSettings.key, key)))
    .limit(1);
  return rows[0]?.value;
}

/** A setting with the time it was last written. */
export async function findSettingRow(
  tx: Tx,
  tenantId: string,
  key: string,
): Promise<{ value: unknown; updatedAt: Date } | undefined> {
  const rows = await tx
    .select({ value: tenantSettings.value, updatedAt: tenantSettings.updatedAt })
    .from(tenantSettings)
    .where(and(eq(tenantSettings.tenantId, tenantId), eq(tenantSettings.key, key)))
    .limit(1);
  return rows[0];
}

export async function upsertSetting(tx: Tx, tenantId: string, key: string, value: unknown): Promise<void> {
  await tx
    .insert(tenantSettings)
    .values({ tenantId, key, value })
    .onConflictDoUpdate({
      target: [tenantSettings.tenantId, tenantSettings.key],
      set: { value, updatedAt: new Date() },
    });
}

/** Years that already have calendar rows (so computed defaults never resurrect an admin's removal). */
export async function listCalendarYears(tx: Tx, tenantId: string): Promise<Set<number>> {
  const rows = await tx
    .selectDistinct({ year: sql<number>`extract(year from ${calendarDays.day})::int` })
    .from(calendarDays)
    .where(eq(calendarDays.tenantId, tenantId));
  return new Set(rows.map((r) => r.year));
}
