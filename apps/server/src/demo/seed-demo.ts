import type { Database } from '../platform/db/database.ts';
import { importCatalog, type ImportSummary } from '../modules/catalog/index.ts';
import { seedDemoOfficers } from '../modules/identity/index.ts';
import {
  createTenant,
  importAdminUnits,
  importUnits,
  readZaloCredentials,
  updateZaloChannel,
  type Tenant,
} from '../modules/tenants/index.ts';
import type { KeyProvider } from '../platform/crypto/key-provider.ts';
import { demoAdminUnits } from './admin-units.ts';
import { demoProcedures } from '@motcua/demo';
import { demoUnits } from './tay-ninh/units.ts';
import { seedSampleLookups } from '../modules/lookups/index.ts';
import { demoLookupFiles } from './sample-lookups.ts';

export const DEMO_TENANT = { slug: 'tay-ninh', name: 'Tỉnh Tây Ninh', nationalCode: '80' } as const;

/**
 * The demo province's Zalo app. Demo mode mounts the Zalo simulator playing this app, so these are
 * not secrets; a real province stores its own in the console (Quản trị › Kênh Zalo).
 */
export const DEMO_ZALO_APP = {
  oaId: '579745863508352884',
  appId: '1832409756634987001',
  appSecret: 'demo-app-secret-motcua-tay-ninh',
  oaSecretKey: 'demo-oa-secret-key-motcua-tay-ninh',
  znsTemplates: { dossier_update: '301234' },
} as const;

export interface DemoSeedResult {
  tenant: Tenant;
  catalog: ImportSummary;
}

function sourced<T>(items: readonly T[]): { line: number; value: T }[] {
  return items.map((value, index) => ({ line: index + 1, value }));
}

/**
 * Seeds the demo province Tây Ninh: administrative units, the unit tree, the working calendar, the
 * demo catalogue, sample civic look-up data (flagged sample) and (given the key provider) the demo
 * officers of README. Safe to run again: unchanged content publishes nothing new.
 */
export async function seedDemo(database: Database, keyProvider?: KeyProvider): Promise<DemoSeedResult> {
  await importAdminUnits(database, sourced(demoAdminUnits));
  const tenant = await createTenant(database, DEMO_TENANT);
  await importUnits(database, tenant.id, sourced(demoUnits));
  const catalog = await importCatalog(database, tenant.id, sourced(demoProcedures), { publishedBy: 'seed:demo' });
  await seedSampleLookups({ database, now: () => new Date() }, tenant.id, await demoLookupFiles(), 'seed:demo');
  if (keyProvider) {
    await seedDemoOfficers({ database, keyProvider }, tenant);
    if (!(await readZaloCredentials({ database, keyProvider }, tenant.id))) {
      await updateZaloChannel({ database, keyProvider, now: () => new Date() }, tenant.id, DEMO_ZALO_APP, {
        system: 'seed:demo',
      });
    }
  }
  return { tenant, catalog };
}
