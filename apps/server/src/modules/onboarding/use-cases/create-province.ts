import { appendAudit } from '../../../platform/audit.ts';
import type { KeyProvider } from '../../../platform/crypto/key-provider.ts';
import { withTx, type Database } from '../../../platform/db/database.ts';
import { publishCatalog, type ImportSummary } from '../../catalog/index.ts';
import {
  generateInitialPassword,
  hashPassword,
  importOfficersInTx,
  type OfficerImport,
  type Role,
} from '../../identity/index.ts';
import {
  importUnitsInTx,
  insertTenantWithDefaults,
  writeAdminUnits,
  writeBrandingInTx,
  writeCalendarInTx,
  writeMessagingInTx,
  writeZaloChannel,
  type Tenant,
} from '../../tenants/index.ts';
import type { ProvincePlan } from './check-bundle.ts';

export interface CreateProvinceDeps {
  database: Database;
  keyProvider: KeyProvider;
  now: () => Date;
}

export interface CreatedProvince {
  tenant: Tenant;
  units: number;
  /** Officers created; `password` only for those the bundle gave no hash: shown once, never stored. */
  officers: { username: string; password?: string }[];
  catalog: ImportSummary | undefined;
}

/** Hashes the officers' passwords before the transaction (argon2id takes tens of ms each). */
async function withPasswords(
  plan: ProvincePlan,
): Promise<{ imports: OfficerImport[]; issued: CreatedProvince['officers'] }> {
  const imports: OfficerImport[] = [];
  const issued: CreatedProvince['officers'] = [];
  for (const officer of plan.officers) {
    const password = officer.passwordHash === undefined ? generateInitialPassword() : undefined;
    imports.push({
      username: officer.username,
      fullName: officer.fullName,
      unitEid: officer.unitEid,
      roles: officer.roles.map((g) => ({ unitEid: g.unitEid, role: g.role as Role })),
      passwordHash: password === undefined ? (officer.passwordHash ?? '') : await hashPassword(password),
    });
    issued.push(password === undefined ? { username: officer.username } : { username: officer.username, password });
  }
  return { imports, issued };
}

/**
 * Creates a province from a checked bundle in one transaction: the national units it brings, the
 * tenant with its default calendar, units, the announced calendar days, branding, channels,
 * officers and the catalogue. Anything failing rolls everything back. Officers without a password
 * hash get a random initial password, returned once.
 */
export async function createProvince(
  deps: CreateProvinceDeps,
  plan: ProvincePlan,
  options: { source: string; onProgress?: (done: number, total: number) => void },
): Promise<CreatedProvince> {
  const { imports, issued } = await withPasswords(plan);
  const now = deps.now();
  const { tenant } = plan;
  const result = await withTx(deps.database, tenant.id, async (tx) => {
    if (plan.adminUnits.length > 0) await writeAdminUnits(tx, plan.adminUnits);
    await insertTenantWithDefaults(tx, tenant);
    const units = await importUnitsInTx(tx, tenant.id, plan.units);
    if (plan.calendar) await writeCalendarInTx(tx, tenant.id, plan.calendar);
    if (plan.branding) await writeBrandingInTx(tx, tenant.id, plan.branding);
    if (plan.messaging) await writeMessagingInTx(tx, tenant.id, plan.messaging);
    if (plan.zalo) await writeZaloChannel(tx, deps.keyProvider, tenant.id, plan.zalo, { system: 'bundle' }, now);
    await importOfficersInTx(tx, tenant.id, imports, now);
    const catalog = plan.catalog
      ? await publishCatalog(tx, tenant.id, plan.catalog, {
          publishedBy: 'bundle',
          ...(options.onProgress ? { onProgress: options.onProgress } : {}),
        })
      : undefined;
    await appendAudit(
      tx,
      tenant.id,
      {
        actorType: 'system',
        actorId: 'bundle',
        action: 'tenant.create',
        subjectType: 'tenant',
        subjectId: tenant.slug,
        detail: {
          source: options.source,
          units: units.created,
          officers: imports.length,
          procedures: catalog?.total ?? 0,
          zalo: plan.zalo !== undefined,
        },
      },
      now,
    );
    return { units: units.created, catalog };
  });
  return { tenant, units: result.units, officers: issued, catalog: result.catalog };
}
