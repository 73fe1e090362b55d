import type { ZaloChannelSettings } from '@motcua/contracts';
import { withTx, type Database } from '../../../platform/db/database.ts';
import { findSettingRow } from '../calendar.repo.ts';
import { parseZaloSetting, ZALO_SETTING_KEY } from '../zalo-channel-setting.ts';

/** The Zalo OA settings for the console: ids, whether both secrets are stored, never the secrets. */
export async function getZaloChannel(database: Database, tenantId: string): Promise<ZaloChannelSettings> {
  const row = await withTx(database, tenantId, (tx) => findSettingRow(tx, tenantId, ZALO_SETTING_KEY));
  const setting = parseZaloSetting(row?.value);
  if (!row || !setting) return { oaId: null, appId: null, secretSet: false, znsTemplates: {}, updatedAt: null };
  return {
    oaId: setting.oaId,
    appId: setting.appId,
    secretSet: setting.appSecret !== undefined && setting.oaSecretKey !== undefined,
    znsTemplates: setting.znsTemplates ?? {},
    updatedAt: row.updatedAt.toISOString(),
  };
}
