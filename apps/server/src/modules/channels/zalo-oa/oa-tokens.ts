import { eq } from 'drizzle-orm';
import type { KeyProvider } from '../../../platform/crypto/key-provider.ts';
import { open, seal } from '../../../platform/crypto/seal.ts';
import { withTx, type Database } from '../../../platform/db/database.ts';
import { zaloOaTokens } from '../../../platform/db/schema/index.ts';
import { callZalo, type ZaloHosts } from './zalo-http.ts';

/** The province's Zalo app as the OAuth refresh needs it. */
export interface ZaloAppCredentials {
  appId: string;
  appSecret: string;
}

export interface OaToken {
  accessToken: string;
  generation: number;
}

/** Why no token could be had: the province must reconnect its OA in the console. */
export class ZaloTokenUnavailable extends Error {
  override name = 'ZaloTokenUnavailable';
  constructor(
    reason: string,
    /** True when trying again later may help (Zalo did not answer). */
    readonly transient: boolean,
  ) {
    super(reason);
  }
}

export interface OaTokenStoreDeps {
  database: Database;
  keyProvider: KeyProvider;
  hosts: () => ZaloHosts;
  credentials: (tenantId: string) => Promise<ZaloAppCredentials | undefined>;
  now: () => Date;
}

const context = (tenantId: string, field: 'access' | 'refresh') => `zalo-oa-token:${tenantId}:${field}`;

/** Renew the access token this long before it expires. */
const EARLY_REFRESH_MS = 10 * 60_000;

/**
 * The OA access token of a province, refreshed through OAuth v4 when it expires or Zalo says it is
 * invalid. The refresh token is single use and rotates on every refresh (zalo-platform.md §2), so a
 * refresh runs under the province's token row lock: a second worker waits, then finds the new token
 * instead of spending the old refresh token again and losing both.
 */
export function createOaTokenStore(deps: OaTokenStoreDeps) {
  function unseal(tenantId: string, keyId: string, field: 'access' | 'refresh', sealed: string): string {
    const key = deps.keyProvider.byId(tenantId, keyId);
    return open(key.key, Buffer.from(sealed, 'base64'), context(tenantId, field)).toString('utf8');
  }

  /** Stores a token pair (first connection, or a refresh). */
  async function store(
    tenantId: string,
    pair: { accessToken: string; refreshToken: string; expiresInSeconds: number },
    generation: number,
    tx?: Parameters<Parameters<typeof withTx>[2]>[0],
  ): Promise<void> {
    const key = deps.keyProvider.current(tenantId);
    const now = deps.now();
    const row = {
      tenantId,
      keyId: key.id,
      accessToken: seal(key.key, Buffer.from(pair.accessToken), context(tenantId, 'access')).toString('base64'),
      refreshToken: seal(key.key, Buffer.from(pair.refreshToken), context(tenantId, 'refresh')).toString('base64'),
      accessExpiresAt: new Date(now.getTime() + pair.expiresInSeconds * 1000),
      generation,
      updatedAt: now,
    };
    const write = (t: NonNullable<typeof tx>) =>
      t.insert(zaloOaTokens).values(row).onConflictDoUpdate({ target: zaloOaTokens.tenantId, set: row });
    if (tx) await write(tx);
    else await withTx(deps.database, tenantId, write);
  }

  async function refreshLocked(tenantId: string, seenGeneration: number | undefined): Promise<OaToken> {
    return withTx(deps.database, tenantId, async (tx) => {
      const rows = await tx.select().from(zaloOaTokens).where(eq(zaloOaTokens.tenantId, tenantId)).for('update');
      const row = rows[0];
      if (!row) throw new ZaloTokenUnavailable('the OA is not connected', false);
      const now = deps.now();
      // Another worker refreshed while this one waited for the lock: use its token.
      const replaced = seenGeneration !== undefined && row.generation !== seenGeneration;
      if (replaced && row.accessExpiresAt.getTime() > now.getTime()) {
        return { accessToken: unseal(tenantId, row.keyId, 'access', row.accessToken), generation: row.generation };
      }
      const app = await deps.credentials(tenantId);
      if (!app) throw new ZaloTokenUnavailable('no Zalo app credentials', false);
      const form = new URLSearchParams({
        refresh_token: unseal(tenantId, row.keyId, 'refresh', row.refreshToken),
        app_id: app.appId,
        grant_type: 'refresh_token',
      });
      const answer = await callZalo(`${deps.hosts().oauth}/v4/oa/access_token`, {
        method: 'POST',
        headers: { 'content-type': 'application/x-www-form-urlencoded', secret_key: app.appSecret },
        body: form.toString(),
      });
      if (answer.kind === 'transport') throw new ZaloTokenUnavailable(`refresh: ${answer.reason}`, true);
      const access = answer.body['access_token'];
      const refresh = answer.body['refresh_token'];
      const expiresIn = Number(answer.body['expires_in']);
      if (typeof access !== 'string' || typeof refresh !== 'string' || !Number.isFinite(expiresIn)) {
        throw new ZaloTokenUnavailable(`refresh refused (${String(answer.error)})`, false);
      }
      const generation = row.generation + 1;
      await store(
        tenantId,
        { accessToken: access, refreshToken: refresh, expiresInSeconds: expiresIn },
        generation,
        tx,
      );
      return { accessToken: access, generation };
    });
  }

  return {
    /** Stores a first pair (generation 1), in the caller's transaction when given one. */
    store: (
      tenantId: string,
      pair: { accessToken: string; refreshToken: string; expiresInSeconds: number },
      tx?: Parameters<Parameters<typeof withTx>[2]>[0],
    ) => store(tenantId, pair, 1, tx),

    /** The current access token, renewed first when it is about to expire. */
    async current(tenantId: string): Promise<OaToken> {
      const row = await withTx(deps.database, tenantId, async (tx) => {
        const rows = await tx.select().from(zaloOaTokens).where(eq(zaloOaTokens.tenantId, tenantId));
        return rows[0];
      });
      if (!row) throw new ZaloTokenUnavailable('the OA is not connected', false);
      if (row.accessExpiresAt.getTime() - EARLY_REFRESH_MS > deps.now().getTime()) {
        return { accessToken: unseal(tenantId, row.keyId, 'access', row.accessToken), generation: row.generation };
      }
      return refreshLocked(tenantId, row.generation);
    },

    /** Zalo refused `stale` (-216/-220): get a fresh one, refreshing at most once across workers. */
    refresh(tenantId: string, stale: OaToken): Promise<OaToken> {
      return refreshLocked(tenantId, stale.generation);
    },
  };
}

export type OaTokenStore = ReturnType<typeof createOaTokenStore>;
