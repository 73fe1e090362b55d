/**
 * The province the drills run against: the demo seed (Tây Ninh, its units and catalogue), two
 * officers of the drill with intake and processing roles on two communes, the province's Zalo OA
 * connected to the simulator process, and upload rows for the filings to attach.
 */
import { randomBytes } from 'node:crypto';
import { DEMO_TENANT, DEMO_ZALO_APP, seedDemo } from '../apps/server/src/demo/seed-demo.ts';
import { createOaTokenStore } from '../apps/server/src/modules/channels/index.ts';
import { createOfficer } from '../apps/server/src/modules/identity/index.ts';
import { readZaloCredentials } from '../apps/server/src/modules/tenants/index.ts';
import type { KeyProvider } from '../apps/server/src/platform/crypto/key-provider.ts';
import type { Database } from '../apps/server/src/platform/db/database.ts';
import { simHosts } from '@motcua/zalo-sim/server';

/** The communes dossiers are filed at (the demo's phường Tân Ninh and phường Long An). */
export const DRILL_UNITS = ['000.20.01.H53', '000.20.02.H53'] as const;

export const DRILL_PASSWORD = 'Diễn-tập-sự-cố-2026!';

export interface Province {
  tenantId: string;
  slug: string;
  officers: readonly string[];
}

async function connectOa(
  database: Database,
  keyProvider: KeyProvider,
  tenantId: string,
  simUrl: string,
): Promise<void> {
  const sim = async (path: string, body: unknown): Promise<Record<string, string>> => {
    const response = await fetch(`${simUrl}/_sim${path}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(body),
    });
    if (!response.ok) throw new Error(`simulator ${path}: HTTP ${String(response.status)}`);
    return (await response.json()) as Record<string, string>;
  };
  const pair = await sim('/oauth/tokens', {});
  const tokens = createOaTokenStore({
    database,
    keyProvider,
    hosts: () => simHosts(simUrl),
    credentials: (id: string) => readZaloCredentials({ database, keyProvider }, id),
    now: () => new Date(),
  });
  await tokens.store(tenantId, {
    accessToken: pair['access_token'] ?? '',
    refreshToken: pair['refresh_token'] ?? '',
    expiresInSeconds: Number(pair['expires_in']),
  });
  await sim('/zns/templates', {
    templateId: DEMO_ZALO_APP.znsTemplates.dossier_update,
    name: 'Cập nhật tình trạng hồ sơ',
    params: ['ma_ho_so', 'ten_thu_tuc', 'trang_thai', 'ngay_hen', 'ghi_chu'],
    status: 'ENABLE',
  });
}

/** Seeds the province, its drill officers and its OA connection to the simulator at `simUrl`. */
export async function seedProvince(database: Database, keyProvider: KeyProvider, simUrl: string): Promise<Province> {
  const { tenant } = await seedDemo(database, keyProvider);
  const officers = ['dien-tap-1@tay-ninh', 'dien-tap-2@tay-ninh'];
  for (const username of officers) {
    await createOfficer({ database, keyProvider }, tenant.id, {
      username,
      fullName: 'Cán bộ diễn tập',
      unitEid: DRILL_UNITS[0],
      roles: DRILL_UNITS.flatMap((unitEid) => [
        { unitEid, role: 'intake' as const },
        { unitEid, role: 'processor' as const },
      ]),
      password: DRILL_PASSWORD,
    });
  }
  await connectOa(database, keyProvider, tenant.id, simUrl);
  return { tenantId: tenant.id, slug: DEMO_TENANT.slug, officers };
}

/**
 * Upload rows as the attachments module records them, one per filing (a dossier cannot reuse
 * another's upload): scanned PDFs, since the drills test filing and delivery, not photo processing
 * or reading (photos are read by a job of their own), and no file is stored.
 */
export async function uploadRows(database: Database, tenantId: string, count: number): Promise<string[]> {
  const result = await database.pool.query<{ id: string }>(
    `insert into uploads (tenant_id, id, kind, content_type, size, sha256, storage_key, quality, key_id)
     select $1::uuid, gen_random_uuid(), 'pdf', 'application/pdf', 300000,
            encode(sha256(convert_to(g::text || $2::text, 'UTF8')), 'hex'),
            $1::text || '/drill/' || g, '{"ok": true, "issues": []}', 'drill'
       from generate_series(1, $3::int) as g
     returning id`,
    [tenantId, randomBytes(8).toString('hex'), count],
  );
  return result.rows.map((row) => row.id);
}
