import { createHash, randomBytes } from 'node:crypto';
import type { Tx } from '../../../platform/db/database.ts';
import type { OaTokenStore } from './oa-tokens.ts';
import { callZalo } from './zalo-http.ts';

/** A PKCE pair (zalo-platform.md §2): a 43-character verifier and its S256 challenge. */
export interface Pkce {
  verifier: string;
  challenge: string;
}

/** 32 random bytes as base64url: 43 characters, inside RFC 7636's 43–128. */
export function createPkce(): Pkce {
  const verifier = randomBytes(32).toString('base64url');
  return { verifier, challenge: createHash('sha256').update(verifier).digest('base64url') };
}

/** Zalo's OA consent page: `<oauth host>/v4/oa/permission?app_id&redirect_uri&code_challenge&state` (§2). */
export function oaPermissionUrl(
  oauthHost: string,
  params: { appId: string; redirectUri: string; codeChallenge: string; state: string },
): string {
  const url = new URL(`${oauthHost}/v4/oa/permission`);
  url.searchParams.set('app_id', params.appId);
  url.searchParams.set('redirect_uri', params.redirectUri);
  url.searchParams.set('code_challenge', params.codeChallenge);
  url.searchParams.set('state', params.state);
  return url.toString();
}

export interface OaTokenPair {
  accessToken: string;
  refreshToken: string;
  expiresInSeconds: number;
}

/**
 * What became of a code exchange: the first token pair, or why not. `refused` is Zalo's answer
 * (`error` its code, which Zalo does not document for OAuth); `unavailable` means no answer.
 */
export type OaCodeExchange =
  | { ok: true; pair: OaTokenPair }
  | { ok: false; reason: 'refused'; error: number }
  | { ok: false; reason: 'unavailable'; detail: string };

/**
 * Exchanges the consent's authorization code for the OA's first token pair:
 * `POST /v4/oa/access_token` with `app_id`, `code`, `code_verifier`, `grant_type=authorization_code`
 * and the app secret in the `secret_key` header (§2). Zalo answers a refusal with HTTP 200 and
 * `error` (§5), so the body decides.
 */
export async function exchangeOaCode(
  oauthHost: string,
  params: { appId: string; appSecret: string; code: string; codeVerifier: string },
): Promise<OaCodeExchange> {
  const form = new URLSearchParams({
    app_id: params.appId,
    code: params.code,
    code_verifier: params.codeVerifier,
    grant_type: 'authorization_code',
  });
  const answer = await callZalo(`${oauthHost}/v4/oa/access_token`, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded', secret_key: params.appSecret },
    body: form.toString(),
  });
  if (answer.kind === 'transport') return { ok: false, reason: 'unavailable', detail: answer.reason };
  const access = answer.body['access_token'];
  const refresh = answer.body['refresh_token'];
  // §2: `expires_in` comes as a string of seconds ("90000").
  const expiresIn = Number(answer.body['expires_in']);
  if (typeof access !== 'string' || typeof refresh !== 'string' || !Number.isFinite(expiresIn) || expiresIn <= 0) {
    return { ok: false, reason: 'refused', error: answer.error };
  }
  return { ok: true, pair: { accessToken: access, refreshToken: refresh, expiresInSeconds: expiresIn } };
}

export interface OaConnectorDeps {
  /** Zalo's OAuth host as this server reaches it (the token endpoint). */
  oauthHost: () => string;
  /**
   * Zalo's OAuth host as the admin's browser reaches it (the consent page), given this server's
   * public address: the same host in production, the mounted simulator's public path in demo mode.
   */
  consentHost: (publicBase: string) => string;
  tokens: OaTokenStore;
}

/**
 * The OAuth side of "connect the province's OA" as the tenants module's console routes use it:
 * the consent URL with a fresh PKCE pair, the code exchange, and storing the first pair through
 * the token store (generation reset), inside the caller's transaction.
 */
export function zaloOaConnector(deps: OaConnectorDeps) {
  return {
    authorization(params: { publicBase: string; appId: string; redirectUri: string; state: string }) {
      const pkce = createPkce();
      const url = oaPermissionUrl(deps.consentHost(params.publicBase), {
        appId: params.appId,
        redirectUri: params.redirectUri,
        codeChallenge: pkce.challenge,
        state: params.state,
      });
      return { url, codeVerifier: pkce.verifier };
    },
    exchange: (params: { appId: string; appSecret: string; code: string; codeVerifier: string }) =>
      exchangeOaCode(deps.oauthHost(), params),
    store: (tenantId: string, pair: OaTokenPair, tx: Tx) => deps.tokens.store(tenantId, pair, tx),
  };
}

export type ZaloOaConnector = ReturnType<typeof zaloOaConnector>;
