import { open, seal } from '../../platform/crypto/seal.ts';
import type { TenantKey } from '../../platform/crypto/key-provider.ts';
import type { ObjectStore } from './storage/object-store.ts';

/** The two objects of an upload: the file itself and, for photos, its thumbnail. */
export type ObjectVariant = 'file' | 'thumb';

/** `uploads/<tenant>/<upload>/<variant>`: ids only, so keys reveal nothing about the citizen. */
export function storageKeyOf(tenantId: string, uploadId: string, variant: ObjectVariant): string {
  return `uploads/${tenantId}/${uploadId}/${variant}`;
}

/**
 * Binds each sealed object to its tenant, upload and variant: a blob copied to another upload's key,
 * or a thumbnail swapped for the file, fails to open.
 */
function associatedData(tenantId: string, uploadId: string, variant: ObjectVariant): string {
  return `upload:${tenantId}:${uploadId}:${variant}`;
}

/** Identifies one sealed object; also what its associated data binds it to. */
export interface SealedObjectRef {
  tenantId: string;
  uploadId: string;
  variant: ObjectVariant;
}

/** Seals the plaintext with the tenant's key and stores it; returns the storage key. */
export async function putSealed(
  store: ObjectStore,
  key: TenantKey,
  ref: SealedObjectRef,
  plaintext: Buffer,
): Promise<string> {
  const storageKey = storageKeyOf(ref.tenantId, ref.uploadId, ref.variant);
  await store.put(storageKey, seal(key.key, plaintext, associatedData(ref.tenantId, ref.uploadId, ref.variant)));
  return storageKey;
}

/** Reads and opens a sealed object; throws when it is missing or does not authenticate. */
export async function getSealed(
  store: ObjectStore,
  key: TenantKey,
  ref: SealedObjectRef,
  storageKey: string,
): Promise<Buffer> {
  const sealed = await store.get(storageKey);
  if (sealed === undefined) throw new Error(`stored object missing for upload ${ref.uploadId}`);
  return open(key.key, sealed, associatedData(ref.tenantId, ref.uploadId, ref.variant));
}
