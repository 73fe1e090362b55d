import { createHash, hkdfSync } from 'node:crypto';

/** A data key of a tenant and its id (recorded next to what it sealed, for rotation). */
export interface TenantKey {
  id: string;
  key: Buffer;
}

/**
 * Where per-tenant data keys come from. The default derives them from one master key (HKDF); a
 * deployment can put a KMS behind the same interface.
 */
export interface KeyProvider {
  current(tenantId: string): TenantKey;
  byId(tenantId: string, keyId: string): TenantKey;
}

/** Derives each tenant's 256-bit key from the master key with HKDF-SHA256 (salt: the tenant id). */
export function masterKeyProvider(masterKey: Buffer): KeyProvider {
  if (masterKey.length < 32) throw new RangeError('the master key must have at least 32 bytes');
  const id = `mk1-${createHash('sha256').update(masterKey).digest('hex').slice(0, 8)}`;
  const cache = new Map<string, TenantKey>();
  function derive(tenantId: string): TenantKey {
    const hit = cache.get(tenantId);
    if (hit) return hit;
    const key = Buffer.from(hkdfSync('sha256', masterKey, Buffer.from(tenantId), 'motcua tenant data key', 32));
    const tenantKey = { id, key };
    cache.set(tenantId, tenantKey);
    return tenantKey;
  }
  return {
    current: derive,
    byId(tenantId, keyId) {
      if (keyId !== id) throw new Error(`unknown key ${keyId}`);
      return derive(tenantId);
    },
  };
}
