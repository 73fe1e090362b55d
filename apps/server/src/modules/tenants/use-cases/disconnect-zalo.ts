import type { ZaloChannelSettings } from '@motcua/contracts';
import { appendAudit } from '../../../platform/audit.ts';
import { withTx, type Database } from '../../../platform/db/database.ts';
import { ZALO_SETTING_KEY } from '../zalo-channel-setting.ts';
import { deleteOaTokens, deleteSetting } from '../zalo-connection.repo.ts';
import { CONNECTION_KEY } from '../zalo-connection.ts';
import type { AdminActor } from './create-unit.ts';
import { getZaloChannel } from './get-zalo-channel.ts';

/**
 * Forgets the OA's tokens: nothing more is sent through the OA until an admin connects it again.
 * Zalo documents no revocation call (zalo-platform.md §2), so the forgotten access token stays valid
 * at Zalo until it expires (25 h); the OA admin can remove the app's access on Zalo's side.
 * Idempotent: with no tokens stored nothing changes and nothing is audited.
 */
export async function disconnectZalo(
  deps: { database: Database; now: () => Date },
  tenantId: string,
  actor: AdminActor,
): Promise<ZaloChannelSettings> {
  const now = deps.now();
  await withTx(deps.database, tenantId, async (tx) => {
    const removed = await deleteOaTokens(tx, tenantId);
    await deleteSetting(tx, tenantId, CONNECTION_KEY);
    if (!removed) return;
    await appendAudit(
      tx,
      tenantId,
      {
        actorType: 'officer',
        actorId: actor.officerId,
        requestId: actor.requestId,
        action: 'channel.zalo.disconnect',
        subjectType: 'tenant_setting',
        subjectId: ZALO_SETTING_KEY,
      },
      now,
    );
  });
  return getZaloChannel(deps.database, tenantId);
}
