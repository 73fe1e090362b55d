import type { ZaloChannelSettings } from '@motcua/contracts';
import { withTx, type Database } from '../../../platform/db/database.ts';
import { findSetting, findSettingRow } from '../calendar.repo.ts';
import { parseZaloSetting, ZALO_SETTING_KEY } from '../zalo-channel-setting.ts';
import { findOaTokenStatus } from '../zalo-connection.repo.ts';
import { CONNECTION_KEY, parseZaloConnection } from '../zalo-connection.ts';

/**
 * The Zalo OA settings for the console: ids, whether both secrets are stored, never the secrets;
 * and whether the OA is connected (a token pair is stored), until when its access token runs and
 * when an admin connected it.
 */
export async function getZaloChannel(database: Database, tenantId: string): Promise<ZaloChannelSettings> {
  const { row, token, connection } = await withTx(database, tenantId, async (tx) => ({
    row: await findSettingRow(tx, tenantId, ZALO_SETTING_KEY),
    token: await findOaTokenStatus(tx, tenantId),
    connection: parseZaloConnection(await findSetting(tx, tenantId, CONNECTION_KEY)),
  }));
  const status = {
    connected: token !== undefined,
    tokenExpiresAt: token?.accessExpiresAt.toISOString() ?? null,
    connectedAt: token ? (connection?.connectedAt ?? null) : null,
  };
  const setting = parseZaloSetting(row?.value);
  if (!row || !setting) {
    return { oaId: null, appId: null, secretSet: false, znsTemplates: {}, updatedAt: null, ...status };
  }
  return {
    oaId: setting.oaId,
    appId: setting.appId,
    secretSet: setting.appSecret !== undefined && setting.oaSecretKey !== undefined,
    znsTemplates: setting.znsTemplates ?? {},
    updatedAt: row.updatedAt.toISOString(),
    ...status,
  };
}
