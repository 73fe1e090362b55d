import type { IncomingHttpHeaders } from 'node:http';
import { Problem } from '@motcua/contracts';
import type { KeyProvider } from '../../platform/crypto/key-provider.ts';
import type { Database } from '../../platform/db/database.ts';
import type { Tenant } from './tenants.repo.ts';

/**
 * Resolves the signed-in officer of a request in a province, or throws (401, or 403 when a role is
 * missing). Given by the identity module at wiring time; tenants does not import identity, which
 * itself depends on tenants.
 */
export type OfficerGuard = (
  request: { method: string; headers: IncomingHttpHeaders },
  tenantId: string,
) => Promise<{ id: string }>;

export interface TenantAdminRoutesDeps {
  database: Database;
  keyProvider: KeyProvider;
  resolveTenant: (slug: string) => Promise<Tenant>;
  now: () => Date;
  /** Any signed-in officer of the province. */
  authenticate: OfficerGuard;
  /** A signed-in admin of the province; other officers get 403. */
  authenticateAdmin: OfficerGuard;
}

export const adminProblems = {
  400: Problem,
  401: Problem,
  403: Problem,
  404: Problem,
  409: Problem,
  422: Problem,
};
