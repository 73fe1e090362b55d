import type { PutZaloChannelBody, ZaloChannelSettings } from '@motcua/contracts';
import { appendAudit } from '../../../platform/audit.ts';
import type { KeyProvider } from '../../../platform/crypto/key-provider.ts';
import { withTx, type Database, type Tx } from '../../../platform/db/database.ts';
import { findSetting, upsertSetting } from '../calendar.repo.ts';
import { parseZaloSetting, sealSecret, ZALO_SETTING_KEY, type StoredZaloSetting } from '../zalo-channel-setting.ts';
import { deleteOaTokens, deleteSetting } from '../zalo-connection.repo.ts';
import { CONNECTION_KEY } from '../zalo-connection.ts';
import type { AdminActor } from './create-unit.ts';
import { getZaloChannel } from './get-zalo-channel.ts';

/**
 * Stores the province's Zalo OA ids and, when given, new secrets sealed with the province's data
 * key; a secret left out keeps its stored value. Secrets are write-only: never returned, logged or
 * audited (the audit records only which ones changed). A new app or OA id disconnects the OA: the
 * stored tokens were granted to the old app for the old OA.
 */
export async function updateZaloChannel(
  deps: { database: Database; keyProvider: KeyProvider; now: () => Date },
  tenantId: string,
  body: PutZaloChannelBody,
  actor: AdminActor | { system: string },
): Promise<ZaloChannelSettings> {
  const now = deps.now();
  await withTx(deps.database, tenantId, (tx) => writeZaloChannel(tx, deps.keyProvider, tenantId, body, actor, now));
  return getZaloChannel(deps.database, tenantId);
}

/** `updateZaloChannel` inside the caller's transaction (scoped to the tenant). */
export async function writeZaloChannel(
  tx: Tx,
  keyProvider: KeyProvider,
  tenantId: string,
  body: PutZaloChannelBody,
  actor: AdminActor | { system: string },
  now: Date,
): Promise<void> {
  const before = parseZaloSetting(await findSetting(tx, tenantId, ZALO_SETTING_KEY));
  const next: StoredZaloSetting = { oaId: body.oaId, appId: body.appId };
  const appSecret = body.appSecret ? sealSecret(keyProvider, tenantId, 'appSecret', body.appSecret) : before?.appSecret;
  const oaSecretKey = body.oaSecretKey
    ? sealSecret(keyProvider, tenantId, 'oaSecretKey', body.oaSecretKey)
    : before?.oaSecretKey;
  const znsTemplates = body.znsTemplates ?? before?.znsTemplates;
  if (znsTemplates) next.znsTemplates = znsTemplates;
  if (appSecret) next.appSecret = appSecret;
  if (oaSecretKey) next.oaSecretKey = oaSecretKey;
  await upsertSetting(tx, tenantId, ZALO_SETTING_KEY, next);
  const otherApp = before !== undefined && (before.appId !== next.appId || before.oaId !== next.oaId);
  const disconnected = otherApp && (await deleteOaTokens(tx, tenantId));
  if (otherApp) await deleteSetting(tx, tenantId, CONNECTION_KEY);
  await appendAudit(
    tx,
    tenantId,
    {
      ...('system' in actor
        ? { actorType: 'system' as const, actorId: actor.system }
        : { actorType: 'officer' as const, actorId: actor.officerId, requestId: actor.requestId }),
      action: 'channel.zalo.update',
      subjectType: 'tenant_setting',
      subjectId: ZALO_SETTING_KEY,
      detail: {
        appSecretChanged: body.appSecret !== undefined,
        oaSecretKeyChanged: body.oaSecretKey !== undefined,
        ...(disconnected ? { disconnected: true } : {}),
      },
    },
    now,
  );
}
