import { Type, type Static } from '@sinclair/typebox';
import { Value } from '@sinclair/typebox/value';
import { withSystemTx, withTx, type Database, type Tx } from '../../../platform/db/database.ts';
import { ValidationError } from '../../../platform/errors.ts';
import { newId } from '../../../platform/ids.ts';
import { DEFAULT_OFFICE_HOURS, DEFAULT_WEEKEND_DAYS, defaultCalendar } from '../domain/calendar/index.ts';
import { insertDefaultDays, upsertSetting } from '../calendar.repo.ts';
import { findTenantBySlug, insertTenant, type Tenant } from '../tenants.repo.ts';

export const TenantInput = Type.Object({
  slug: Type.String({ pattern: '^[a-z0-9]+(-[a-z0-9]+)*$', maxLength: 64 }),
  name: Type.String({ minLength: 2, maxLength: 200 }),
  nationalCode: Type.String({ pattern: '^[0-9]{2}$' }),
});
export type TenantInput = Static<typeof TenantInput>;

/** Problems with a province's identity (slug, name, province code), as JSON pointers and messages. */
export function tenantInputProblems(input: unknown): { pointer: string; message: string }[] {
  return [...Value.Errors(TenantInput, input)].map((e) => ({ pointer: e.path || '/', message: e.message }));
}

/** Years whose holidays are computed when a province is created; admins extend and correct them. */
export const DEFAULT_CALENDAR_YEARS = { from: 2025, to: 2030 } as const;

/**
 * Creates a province with default settings and the computed holiday calendar for 2025–2030.
 * Creating one that exists returns it unchanged (safe to repeat).
 */
export async function createTenant(database: Database, input: TenantInput): Promise<Tenant> {
  if (!Value.Check(TenantInput, input)) {
    const errors = [...Value.Errors(TenantInput, input)].map((e) => ({ pointer: e.path, message: e.message }));
    throw new ValidationError('Invalid tenant', errors);
  }
  const existing = await withSystemTx(database, (tx) => findTenantBySlug(tx, input.slug));
  if (existing) return existing;
  const tenant: Tenant = {
    id: newId(),
    slug: input.slug,
    name: input.name.normalize('NFC'),
    nationalCode: input.nationalCode,
    catalogRevision: 0,
  };
  await withTx(database, tenant.id, (tx) => insertTenantWithDefaults(tx, tenant));
  return tenant;
}

/**
 * Writes a new province inside the caller's transaction (scoped to `tenant.id`): the tenant row, the
 * default calendar setting and the computed holidays of 2025–2030.
 */
export async function insertTenantWithDefaults(tx: Tx, tenant: Tenant): Promise<void> {
  await insertTenant(tx, tenant);
  await upsertSetting(tx, tenant.id, 'calendar', {
    weekendDays: [...DEFAULT_WEEKEND_DAYS],
    officeHours: DEFAULT_OFFICE_HOURS.map((h) => ({ ...h })),
  });
  const entries = defaultCalendar(DEFAULT_CALENDAR_YEARS.from, DEFAULT_CALENDAR_YEARS.to);
  await insertDefaultDays(
    tx,
    tenant.id,
    entries.map((e) => ({ day: e.date, kind: e.kind, name: e.name, source: e.estimated ? 'estimated' : 'default' })),
  );
}
