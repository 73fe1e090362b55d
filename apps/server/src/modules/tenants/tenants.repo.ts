import { eq, sql } from 'drizzle-orm';
import type { Tx } from '../../platform/db/database.ts';
import { tenants } from '../../platform/db/schema/index.ts';

export interface Tenant {
  id: string;
  slug: string;
  name: string;
  nationalCode: string;
  catalogRevision: number;
}

const columns = {
  id: tenants.id,
  slug: tenants.slug,
  name: tenants.name,
  nationalCode: tenants.nationalCode,
  catalogRevision: tenants.catalogRevision,
};

export async function findTenantBySlug(tx: Tx, slug: string): Promise<Tenant | undefined> {
  const rows = await tx.select(columns).from(tenants).where(eq(tenants.slug, slug)).limit(1);
  return rows[0];
}

export async function findTenantById(tx: Tx, id: string): Promise<Tenant | undefined> {
  const rows = await tx.select(columns).from(tenants).where(eq(tenants.id, id)).limit(1);
  return rows[0];
}

export async function listTenants(tx: Tx): Promise<Tenant[]> {
  return tx.select(columns).from(tenants).orderBy(tenants.slug);
}

export async function insertTenant(tx: Tx, tenant: Omit<Tenant, 'catalogRevision'>): Promise<void> {
  await tx.insert(tenants).values(tenant);
}

/** Bumps the catalogue revision so every instance's search index rebuilds. */
export async function bumpCatalogRevision(tx: Tx, tenantId: string): Promise<number> {
  const rows = await tx
    .update(tenants)
    .set({ catalogRevision: sql`${tenants.catalogRevision} + 1` })
    .where(eq(tenants.id, tenantId))
    .returning({ revision: tenants.catalogRevision });
  return rows[0]?.revision ?? 0;
}
