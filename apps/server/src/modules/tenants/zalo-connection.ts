import { createHash } from 'node:crypto';
import { Type, type Static } from '@sinclair/typebox';
import { Value } from '@sinclair/typebox/value';
import type { KeyProvider } from '../../platform/crypto/key-provider.ts';
import { open, seal } from '../../platform/crypto/seal.ts';
import type { Tx } from '../../platform/db/database.ts';

export interface OaTokenPair {
  accessToken: string;
  refreshToken: string;
  expiresInSeconds: number;
}

/** What became of exchanging a consent's code (see the channels module's `exchangeOaCode`). */
export type ZaloCodeExchange =
  | { ok: true; pair: OaTokenPair }
  | { ok: false; reason: 'refused'; error: number }
  | { ok: false; reason: 'unavailable'; detail: string };

/**
 * Zalo's OAuth v4 for the OA (zalo-platform.md §2), given by the channels module at wiring time:
 * tenants owns the console routes and the province's settings, the channels module the wire.
 */
export interface ZaloOauth {
  /** The consent page URL with a fresh PKCE challenge, and the verifier to keep for the exchange. */
  authorization(params: { publicBase: string; appId: string; redirectUri: string; state: string }): {
    url: string;
    codeVerifier: string;
  };
  exchange(params: { appId: string; appSecret: string; code: string; codeVerifier: string }): Promise<ZaloCodeExchange>;
  /** Stores the first token pair (generation reset) in the caller's transaction. */
  store(tenantId: string, pair: OaTokenPair, tx: Tx): Promise<void>;
}

/** A consent lasts as long as Zalo's authorization code: 10 minutes (§2). */
export const CONSENT_TTL_MS = 10 * 60_000;

/** `tenant_settings` keys: one row per consent under way (by the hash of its state), and the connection. */
export const CONSENT_KEY_PREFIX = 'channel.zalo.oauth.';
export const CONNECTION_KEY = 'channel.zalo.connection';

/**
 * A consent under way, stored until its callback (or expiry): the officer who started it and the
 * PKCE verifier, sealed. Only the SHA-256 of the state is stored, as the row's key, so the rows do
 * not hold what the callback presents.
 */
export const PendingConsent = Type.Object({
  officerId: Type.String(),
  verifier: Type.String(),
  expiresAt: Type.String(),
});
export type PendingConsent = Static<typeof PendingConsent>;

/** When and for which app and OA the province connected its OA from the console. */
export const ZaloConnection = Type.Object({
  connectedAt: Type.String(),
  appId: Type.String(),
  oaId: Type.String(),
});
export type ZaloConnection = Static<typeof ZaloConnection>;

export function parsePendingConsent(value: unknown): PendingConsent | undefined {
  return Value.Check(PendingConsent, value) ? value : undefined;
}

export function parseZaloConnection(value: unknown): ZaloConnection | undefined {
  return Value.Check(ZaloConnection, value) ? value : undefined;
}

function stateHash(state: string): string {
  return createHash('sha256').update(state, 'utf8').digest('hex');
}

export function consentKey(state: string): string {
  return `${CONSENT_KEY_PREFIX}${stateHash(state)}`;
}

/** Binds the sealed verifier to its province and state: it opens for no other consent. */
function verifierContext(tenantId: string, state: string): string {
  return `setting:${CONSENT_KEY_PREFIX}:${tenantId}:${stateHash(state)}`;
}

export function sealVerifier(keys: KeyProvider, tenantId: string, state: string, verifier: string): string {
  const key = keys.current(tenantId);
  const sealed = seal(key.key, Buffer.from(verifier, 'utf8'), verifierContext(tenantId, state));
  return `${key.id}:${sealed.toString('base64')}`;
}

export function openVerifier(keys: KeyProvider, tenantId: string, state: string, sealed: string): string {
  const at = sealed.indexOf(':');
  const key = keys.byId(tenantId, sealed.slice(0, at));
  return open(key.key, Buffer.from(sealed.slice(at + 1), 'base64'), verifierContext(tenantId, state)).toString('utf8');
}
