import {
  CompactSign,
  compactVerify,
  decodeProtectedHeader,
  exportJWK,
  generateKeyPair,
  importJWK,
  type CryptoKey,
  type JWK,
} from 'jose';
import { systemClock, type Clock } from '../../platform/clock.ts';
import type { KeyProvider } from '../../platform/crypto/key-provider.ts';
import { open, seal } from '../../platform/crypto/seal.ts';
import { withSystemTx, withTx, type Database } from '../../platform/db/database.ts';
import { listTenants } from '../tenants/index.ts';
import {
  QR_TOKEN_ALG,
  isCompactJws,
  newKid,
  parsePayload,
  publicJwkOf,
  type PublicSigningJwk,
  type QrTokenPayload,
} from './qr-token-format.ts';
import {
  findActiveSigningKey,
  insertSigningKey,
  listPublicKeys,
  lockTenantSigningKeys,
  type SigningKeyRow,
} from './signing-keys.repo.ts';
import { toVietnamIso } from './vietnam-time.ts';

/** The outcome of verifying a QR token; an invalid token tells nothing about why. */
export type QrVerification =
  { valid: true; tenant: string; code: string; key: string; issuedAt: string } | { valid: false };

/** Signs and verifies the tokens printed as QR codes on receipts, and publishes the public keys. */
export interface QrTokenService {
  /** A compact JWS (EdDSA, header `kid`) over `{ t, c, k, iat }`; creates the tenant's key on first use. */
  sign(tenant: { id: string; slug: string }, claims: { code: string; key: string }, issuedAt: Date): Promise<string>;
  /** Checks the signature against the key named by `kid`, whichever tenant owns it. */
  verify(token: string): Promise<QrVerification>;
  /** Every tenant's public keys, for `/.well-known/jwks.json`. */
  jwks(): Promise<{ keys: PublicSigningJwk[] }>;
}

/** What the QR token service needs. */
export interface QrTokenServiceDeps {
  database: Database;
  keyProvider: KeyProvider;
  /** Dates new key ids; defaults to the system clock. */
  clock?: Clock;
  /** How long public keys stay cached in memory (default 60 s). */
  cacheTtlMs?: number;
  /** Least time between two reloads caused by an unknown `kid` (default 5 s), so junk tokens cannot hammer the database. */
  missRefreshMs?: number;
}

interface Signer {
  kid: string;
  key: CryptoKey;
}

interface PublishedKeys {
  jwks: PublicSigningJwk[];
  byKid: Map<string, { tenant: string; key: CryptoKey }>;
}

const INVALID: QrVerification = { valid: false };
const SIGNER_TTL_MS = 10 * 60_000;
const encoder = new TextEncoder();

function sealContext(tenantId: string, kid: string): string {
  return `signing-key:${tenantId}:${kid}`;
}

async function importKey(jwk: JWK): Promise<CryptoKey> {
  const key = await importJWK(jwk, QR_TOKEN_ALG);
  if (key instanceof Uint8Array) throw new TypeError('not an asymmetric key');
  return key;
}

/** Creates the QR token service over the `signing_keys` table. */
export function createQrTokenService(deps: QrTokenServiceDeps): QrTokenService {
  const clock = deps.clock ?? systemClock;
  const ttl = deps.cacheTtlMs ?? 60_000;
  const missRefresh = deps.missRefreshMs ?? 5_000;
  const signers = new Map<string, { at: number; signer: Promise<Signer> }>();
  let published: { at: number; keys: Promise<PublishedKeys> } | undefined;

  async function newSigningKey(tenant: { id: string; slug: string }): Promise<SigningKeyRow> {
    const kid = newKid(tenant.slug, clock.now());
    const pair = await generateKeyPair(QR_TOKEN_ALG, { crv: 'Ed25519', extractable: true });
    const { kty, crv, x, d } = await exportJWK(pair.privateKey);
    const dataKey = deps.keyProvider.current(tenant.id);
    const sealed = seal(dataKey.key, Buffer.from(JSON.stringify({ kty, crv, x, d })), sealContext(tenant.id, kid));
    return { kid, publicJwk: { kty, crv, x }, privateJwkSealed: `${dataKey.id}:${sealed.toString('base64')}` };
  }

  /** The tenant's active key, created under a per-tenant lock when it has none. */
  async function loadSigner(tenant: { id: string; slug: string }): Promise<Signer> {
    const { row, created } = await withTx(deps.database, tenant.id, async (tx) => {
      const existing = await findActiveSigningKey(tx, tenant.id);
      if (existing) return { row: existing, created: false };
      await lockTenantSigningKeys(tx, tenant.id);
      const raced = await findActiveSigningKey(tx, tenant.id);
      if (raced) return { row: raced, created: false };
      await insertSigningKey(tx, tenant.id, await newSigningKey(tenant));
      const stored = await findActiveSigningKey(tx, tenant.id);
      if (!stored) throw new Error('the new signing key was not stored');
      return { row: stored, created: true };
    });
    if (created) published = undefined;
    return { kid: row.kid, key: await importKey(openPrivateJwk(tenant.id, row)) };
  }

  /** Stored as `<data key id>:<base64 of the sealed JWK>`, so the data key can rotate. */
  function openPrivateJwk(tenantId: string, row: SigningKeyRow): JWK {
    const at = row.privateJwkSealed.indexOf(':');
    const dataKey =
      at > 0 ? deps.keyProvider.byId(tenantId, row.privateJwkSealed.slice(0, at)) : deps.keyProvider.current(tenantId);
    const blob = Buffer.from(row.privateJwkSealed.slice(at + 1), 'base64');
    return JSON.parse(open(dataKey.key, blob, sealContext(tenantId, row.kid)).toString('utf8')) as JWK;
  }

  function signerFor(tenant: { id: string; slug: string }): Promise<Signer> {
    const now = Date.now();
    const hit = signers.get(tenant.id);
    if (hit && now - hit.at < SIGNER_TTL_MS) return hit.signer;
    const signer = loadSigner(tenant);
    signers.set(tenant.id, { at: now, signer });
    signer.catch(() => {
      if (signers.get(tenant.id)?.signer === signer) signers.delete(tenant.id);
    });
    return signer;
  }

  /** Reads every tenant's keys, tenant by tenant: row-level security shows one tenant per transaction. */
  async function loadPublished(): Promise<PublishedKeys> {
    const tenants = await withSystemTx(deps.database, (tx) => listTenants(tx));
    const result: PublishedKeys = { jwks: [], byKid: new Map() };
    for (const tenant of tenants) {
      const rows = await withTx(deps.database, tenant.id, (tx) => listPublicKeys(tx, tenant.id));
      for (const row of rows) {
        const jwk = publicJwkOf(row.publicJwk, row.kid);
        if (!jwk) continue;
        result.jwks.push(jwk);
        result.byKid.set(row.kid, { tenant: tenant.slug, key: await importKey(jwk) });
      }
    }
    return result;
  }

  function publishedKeys(maxAgeMs: number): Promise<PublishedKeys> {
    const now = Date.now();
    if (published && now - published.at < maxAgeMs) return published.keys;
    const keys = loadPublished();
    const entry = { at: now, keys };
    published = entry;
    keys.catch(() => {
      if (published === entry) published = undefined;
    });
    return keys;
  }

  async function publicKeyFor(kid: string): Promise<{ tenant: string; key: CryptoKey } | undefined> {
    const hit = (await publishedKeys(ttl)).byKid.get(kid);
    // A key made by another instance since the last load: reload, at most once per `missRefresh`.
    return hit ?? (await publishedKeys(missRefresh)).byKid.get(kid);
  }

  return {
    async sign(tenant, claims, issuedAt) {
      if (claims.code === '' || claims.key === '') throw new RangeError('a QR token needs a code and a key');
      const signer = await signerFor(tenant);
      const payload: QrTokenPayload = {
        t: tenant.slug,
        c: claims.code,
        k: claims.key,
        iat: Math.floor(issuedAt.getTime() / 1000),
      };
      return new CompactSign(encoder.encode(JSON.stringify(payload)))
        .setProtectedHeader({ alg: QR_TOKEN_ALG, kid: signer.kid })
        .sign(signer.key);
    },

    async verify(token) {
      if (!isCompactJws(token)) return INVALID;
      let header: ReturnType<typeof decodeProtectedHeader>;
      try {
        header = decodeProtectedHeader(token);
      } catch {
        return INVALID;
      }
      if (header.alg !== QR_TOKEN_ALG || typeof header.kid !== 'string' || header.crit !== undefined) return INVALID;
      const owner = await publicKeyFor(header.kid);
      if (!owner) return INVALID;
      let payload: Uint8Array;
      try {
        ({ payload } = await compactVerify(token, owner.key, { algorithms: [QR_TOKEN_ALG] }));
      } catch {
        return INVALID;
      }
      const claims = parsePayload(payload);
      // The slug inside must be the key owner's: one province's key never vouches for another's dossier.
      if (!claims || claims.t !== owner.tenant) return INVALID;
      const issuedAt = toVietnamIso(new Date(claims.iat * 1000));
      return { valid: true, tenant: claims.t, code: claims.c, key: claims.k, issuedAt };
    },

    async jwks() {
      return { keys: [...(await publishedKeys(ttl)).jwks] };
    },
  };
}
