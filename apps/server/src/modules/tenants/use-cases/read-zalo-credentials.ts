import type { KeyProvider } from '../../../platform/crypto/key-provider.ts';
import { withTx, type Database } from '../../../platform/db/database.ts';
import { findSetting } from '../calendar.repo.ts';
import { openSecret, parseZaloSetting, ZALO_SETTING_KEY } from '../zalo-channel-setting.ts';

/** What the Zalo OA adapter needs to call Zalo and verify its webhooks. Keep it out of logs. */
export interface ZaloCredentials {
  oaId: string;
  appId: string;
  /** Sent as `secret_key` to the OAuth v4 token endpoint. */
  appSecret: string;
  /** Verifies `X-ZEvent-Signature` on webhooks. */
  oaSecretKey: string;
  /** Approved ZNS template ids by our template name. */
  znsTemplates: Record<string, string>;
}

/**
 * The province's Zalo OA credentials with the secrets unsealed, for the channel adapter; undefined
 * until an admin has stored the ids and both secrets.
 */
export async function readZaloCredentials(
  deps: { database: Database; keyProvider: KeyProvider },
  tenantId: string,
): Promise<ZaloCredentials | undefined> {
  const setting = parseZaloSetting(
    await withTx(deps.database, tenantId, (tx) => findSetting(tx, tenantId, ZALO_SETTING_KEY)),
  );
  if (!setting?.appSecret || !setting.oaSecretKey) return undefined;
  return {
    oaId: setting.oaId,
    appId: setting.appId,
    appSecret: openSecret(deps.keyProvider, tenantId, 'appSecret', setting.appSecret),
    oaSecretKey: openSecret(deps.keyProvider, tenantId, 'oaSecretKey', setting.oaSecretKey),
    znsTemplates: setting.znsTemplates ?? {},
  };
}
