import { withSystemTx, type Database } from '../../../platform/db/database.ts';
import { TenantNotFoundError } from '../tenants.errors.ts';
import { findTenantBySlug, type Tenant } from '../tenants.repo.ts';

/**
 * Resolves the province slug of a URL. Provinces are few and rarely change, so answers (including
 * "no such province") are cached for a short time.
 */
export function createTenantResolver(database: Database, ttlMs = 5000): (slug: string) => Promise<Tenant> {
  const cache = new Map<string, { at: number; tenant: Tenant | undefined }>();
  return async function resolveTenant(slug: string): Promise<Tenant> {
    const now = Date.now();
    const hit = cache.get(slug);
    let tenant = hit && now - hit.at < ttlMs ? hit.tenant : undefined;
    if (!hit || now - hit.at >= ttlMs) {
      tenant = await withSystemTx(database, (tx) => findTenantBySlug(tx, slug));
      if (cache.size > 1000) cache.clear();
      cache.set(slug, { at: now, tenant });
    }
    if (!tenant) throw new TenantNotFoundError(slug);
    return tenant;
  };
}
