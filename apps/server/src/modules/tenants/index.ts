/** Provinces (tenants), their units and working calendars, and national administrative units. */
export { TenantNotFoundError } from './tenants.errors.ts';
export type { Tenant } from './tenants.repo.ts';
export { findTenantBySlug, findTenantById, listTenants, bumpCatalogRevision } from './tenants.repo.ts';
export type { Unit, UnitKind } from './units.repo.ts';
export { listUnits, findUnitsByEid } from './units.repo.ts';
export {
  createTenant,
  insertTenantWithDefaults,
  tenantInputProblems,
  TenantInput,
  DEFAULT_CALENDAR_YEARS,
} from './use-cases/create-tenant.ts';
export { importUnits, importUnitsInTx, validateUnits, UnitInput, type SourcedUnit } from './use-cases/import-units.ts';
export {
  importAdminUnits,
  checkAdminUnits,
  writeAdminUnits,
  AdminProvince,
  type AdminUnitRow,
} from './use-cases/import-admin-units.ts';
export { findAdminUnits } from './admin-units.repo.ts';
export { CalendarInput, calendarInputProblems, writeCalendarInTx } from './use-cases/province-calendar.ts';
export {
  Branding,
  Messaging,
  findBranding,
  settingProblems,
  writeBrandingInTx,
  writeMessagingInTx,
} from './use-cases/province-profile.ts';
export { getWorkingCalendar } from './use-cases/get-working-calendar.ts';
export { createTenantResolver } from './use-cases/resolve-tenant.ts';
export * from './domain/calendar/index.ts';
export { extendCalendarJob } from './jobs/extend-calendar.job.ts';
export { UnitNotFoundError } from './tenants.errors.ts';
export { subtreeOf } from './domain/units/unit-tree.ts';
export { tenantAdminRoutes } from './admin.routes.ts';
export type { OfficerGuard, TenantAdminRoutesDeps } from './admin-http.ts';
export { readZaloCredentials, type ZaloCredentials } from './use-cases/read-zalo-credentials.ts';
export { readMessaging, type MessagingSetting } from './use-cases/read-messaging.ts';
export { updateZaloChannel, writeZaloChannel } from './use-cases/update-zalo-channel.ts';
export { adminUnitsRoutes, type AdminUnitsRoutesDeps } from './admin-units.routes.ts';
export { zaloConnectRoutes, type ZaloConnectRoutesDeps } from './zalo-connect.routes.ts';
export type { ZaloOauth } from './zalo-connection.ts';
export { remapProvinceUnitCodes, type ProvinceUnitRemap } from './unit-codes.repo.ts';
export { upsertSuccessors } from './admin-units.repo.ts';
export { brandingRoutes, type BrandingRoutesDeps } from './branding.routes.ts';
