import { randomBytes } from 'node:crypto';
import type { Database } from '../../src/platform/db/database.ts';
import { createTenant, importUnits, type Tenant } from '../../src/modules/tenants/index.ts';

let next = 10;

/** A province with a centre and two commune units. */
export async function tenantWithUnits(
  database: Database,
  slug = `p-${randomBytes(3).toString('hex')}`,
): Promise<Tenant> {
  next += 1;
  const tenant = await createTenant(database, {
    slug,
    name: `Tỉnh thử ${slug}`,
    nationalCode: String(next % 100).padStart(2, '0'),
  });
  const centre = `000.00.00.T${next}`;
  await importUnits(database, tenant.id, [
    { line: 1, value: { eid: centre, kind: 'service_centre', name: 'Trung tâm Phục vụ hành chính công' } },
    { line: 2, value: { eid: `000.20.01.T${next}`, kind: 'commune', name: 'Xã Một', parentEid: centre } },
    { line: 3, value: { eid: `000.20.02.T${next}`, kind: 'commune', name: 'Xã Hai', parentEid: centre } },
  ]);
  return tenant;
}
