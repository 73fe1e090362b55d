import { appendAudit } from '../../../platform/audit.ts';
import { withTx } from '../../../platform/db/database.ts';
import { upsertSetting } from '../calendar.repo.ts';
import { ZALO_SETTING_KEY } from '../zalo-channel-setting.ts';
import { takeSetting } from '../zalo-connection.repo.ts';
import {
  CONNECTION_KEY,
  consentKey,
  openVerifier,
  parsePendingConsent,
  type PendingConsent,
  type ZaloConnection,
} from '../zalo-connection.ts';
import { readZaloCredentials } from './read-zalo-credentials.ts';
import type { ZaloConnectDeps } from './start-zalo-connect.ts';

/** What Zalo's consent redirect brings (zalo-platform.md §2), as received. */
export interface ZaloConsentCallback {
  code?: string | undefined;
  oaId?: string | undefined;
  state?: string | undefined;
  /** Set when the OA admin declined (the simulator's `error=access_denied`; Zalo's is unconfirmed). */
  error?: string | undefined;
}

export type ZaloConnectFailure =
  | 'CHANNEL.OAUTH_STATE'
  | 'CHANNEL.OAUTH_REFUSED'
  | 'CHANNEL.OAUTH_OA_MISMATCH'
  | 'CHANNEL.OAUTH_UNAVAILABLE'
  | 'CHANNEL.ZALO_NOT_CONFIGURED';

export type ZaloConnectOutcome =
  { ok: true; officerId: string } | { ok: false; code: ZaloConnectFailure; zaloError?: number };

/** Spends the consent named by `state`: at most once, and only within its 10 minutes. */
async function takeConsent(
  deps: ZaloConnectDeps,
  tenantId: string,
  state: string | undefined,
): Promise<PendingConsent | undefined> {
  if (state === undefined || state === '') return undefined;
  const value = await withTx(deps.database, tenantId, (tx) => takeSetting(tx, tenantId, consentKey(state)));
  const pending = parsePendingConsent(value);
  if (!pending || Date.parse(pending.expiresAt) <= deps.now().getTime()) return undefined;
  return pending;
}

/**
 * Finishes connecting the OA from Zalo's consent redirect. The state is spent first, whatever
 * follows, so a replayed callback is refused. A consent from another OA than the configured one is
 * refused before its code is used. On success the first token pair, the connection's time and an
 * audit entry (`channel.zalo.connect`, ids only) are written in one transaction.
 */
export async function finishZaloConnect(
  deps: ZaloConnectDeps,
  tenantId: string,
  callback: ZaloConsentCallback,
  requestId: string,
): Promise<ZaloConnectOutcome> {
  const pending = await takeConsent(deps, tenantId, callback.state);
  if (!pending || callback.state === undefined) return { ok: false, code: 'CHANNEL.OAUTH_STATE' };
  if (callback.error !== undefined || !callback.code) return { ok: false, code: 'CHANNEL.OAUTH_REFUSED' };
  const credentials = await readZaloCredentials(deps, tenantId);
  if (!credentials) return { ok: false, code: 'CHANNEL.ZALO_NOT_CONFIGURED' };
  if (callback.oaId !== credentials.oaId) return { ok: false, code: 'CHANNEL.OAUTH_OA_MISMATCH' };
  const exchanged = await deps.zaloOauth.exchange({
    appId: credentials.appId,
    appSecret: credentials.appSecret,
    code: callback.code,
    codeVerifier: openVerifier(deps.keyProvider, tenantId, callback.state, pending.verifier),
  });
  if (!exchanged.ok) {
    return exchanged.reason === 'unavailable'
      ? { ok: false, code: 'CHANNEL.OAUTH_UNAVAILABLE' }
      : { ok: false, code: 'CHANNEL.OAUTH_REFUSED', zaloError: exchanged.error };
  }
  const now = deps.now();
  const connection: ZaloConnection = {
    connectedAt: now.toISOString(),
    appId: credentials.appId,
    oaId: credentials.oaId,
  };
  await withTx(deps.database, tenantId, async (tx) => {
    await deps.zaloOauth.store(tenantId, exchanged.pair, tx);
    await upsertSetting(tx, tenantId, CONNECTION_KEY, connection);
    await appendAudit(
      tx,
      tenantId,
      {
        actorType: 'officer',
        actorId: pending.officerId,
        requestId,
        action: 'channel.zalo.connect',
        subjectType: 'tenant_setting',
        subjectId: ZALO_SETTING_KEY,
        detail: { appId: credentials.appId, oaId: credentials.oaId },
      },
      now,
    );
  });
  return { ok: true, officerId: pending.officerId };
}
