import { sql } from 'drizzle-orm';
import { withSystemTx, withTx, type Database } from '../../../platform/db/database.ts';
import { listTenants } from '../../tenants/index.ts';

export interface ProvinceSummary {
  slug: string;
  name: string;
  nationalCode: string;
  units: number;
  officers: number;
  procedures: number;
  /** The Zalo OA's ids and secrets are stored; `connected` once an admin granted access. */
  zalo: 'none' | 'configured' | 'connected';
}

/** Every province with what an operator checks first: units, officers, procedures, Zalo OA. */
export async function listProvinces(database: Database): Promise<ProvinceSummary[]> {
  const tenants = await withSystemTx(database, (tx) => listTenants(tx));
  const summaries: ProvinceSummary[] = [];
  for (const tenant of tenants) {
    const counts = await withTx(database, tenant.id, async (tx) => {
      const result = await tx.execute<{ units: number; officers: number; procedures: number; zalo: string }>(sql`
        select (select count(*)::int from units) as units,
               (select count(*)::int from officers) as officers,
               (select count(*)::int from procedures where status = 'active') as procedures,
               case when exists (select from zalo_oa_tokens) then 'connected'
                    when exists (select from tenant_settings where key = 'channel.zalo') then 'configured'
                    else 'none' end as zalo`);
      return result.rows[0];
    });
    summaries.push({
      slug: tenant.slug,
      name: tenant.name,
      nationalCode: tenant.nationalCode,
      units: counts?.units ?? 0,
      officers: counts?.officers ?? 0,
      procedures: counts?.procedures ?? 0,
      zalo: counts?.zalo === 'connected' || counts?.zalo === 'configured' ? counts.zalo : 'none',
    });
  }
  return summaries;
}
