import { randomBytes } from 'node:crypto';
import type { ZaloConnectStarted } from '@motcua/contracts';
import type { KeyProvider } from '../../../platform/crypto/key-provider.ts';
import { withTx, type Database } from '../../../platform/db/database.ts';
import { upsertSetting } from '../calendar.repo.ts';
import { ZaloNotConfiguredError } from '../tenants.errors.ts';
import { deleteExpiredConsents } from '../zalo-connection.repo.ts';
import { CONSENT_TTL_MS, consentKey, sealVerifier, type PendingConsent, type ZaloOauth } from '../zalo-connection.ts';
import { readZaloCredentials } from './read-zalo-credentials.ts';

export interface ZaloConnectDeps {
  database: Database;
  keyProvider: KeyProvider;
  zaloOauth: ZaloOauth;
  now: () => Date;
}

/** Our public callback for Zalo's consent redirect; the province registers it in Zalo's developer console. */
export function zaloCallbackUrl(publicBase: string, tenantSlug: string): string {
  return `${publicBase}/api/v1/${encodeURIComponent(tenantSlug)}/channels/zalo/oauth/callback`;
}

/**
 * Starts connecting the province's OA: a random `state` (256 bits) and a PKCE verifier are kept for
 * 10 minutes under the hash of the state, bound to this province and officer, and the admin's
 * browser is sent to Zalo's consent page. The callback proves itself with the state alone, because
 * the session cookie (SameSite=Strict) does not come along on Zalo's redirect.
 */
export async function startZaloConnect(
  deps: ZaloConnectDeps,
  tenant: { id: string; slug: string },
  officerId: string,
  publicBase: string,
): Promise<ZaloConnectStarted> {
  const credentials = await readZaloCredentials(deps, tenant.id);
  if (!credentials) throw new ZaloNotConfiguredError();
  const state = randomBytes(32).toString('base64url');
  const { url, codeVerifier } = deps.zaloOauth.authorization({
    publicBase,
    appId: credentials.appId,
    redirectUri: zaloCallbackUrl(publicBase, tenant.slug),
    state,
  });
  const now = deps.now();
  const pending: PendingConsent = {
    officerId,
    verifier: sealVerifier(deps.keyProvider, tenant.id, state, codeVerifier),
    expiresAt: new Date(now.getTime() + CONSENT_TTL_MS).toISOString(),
  };
  await withTx(deps.database, tenant.id, async (tx) => {
    await deleteExpiredConsents(tx, tenant.id, now);
    await upsertSetting(tx, tenant.id, consentKey(state), pending);
  });
  return { authorizeUrl: url };
}
