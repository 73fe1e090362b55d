import { createHmac, timingSafeEqual } from 'node:crypto';
import type { KeyProvider } from '../../platform/crypto/key-provider.ts';

const TOKEN_CHARS = 32;

/**
 * The capability handed to whoever uploaded a photo: with it (and only with it, or through the
 * dossier the photo is filed in) the uploader may read back what the assistant read from the
 * photo. Derived, not stored: an HMAC of the upload under a key derived from the province's data
 * key that sealed the photo, so it dies with a rotated key, and the database holds no secret.
 */
export function uploadToken(keys: KeyProvider, tenantId: string, uploadId: string, keyId: string): string {
  const tenantKey = keys.byId(tenantId, keyId).key;
  const tokenKey = createHmac('sha256', tenantKey).update('motcua upload token key').digest();
  return createHmac('sha256', tokenKey)
    .update(`${tenantId}:${uploadId.toLowerCase()}`)
    .digest('base64url')
    .slice(0, TOKEN_CHARS);
}

/** Whether `token` is the upload's, compared in constant time. */
export function isUploadToken(
  keys: KeyProvider,
  upload: { tenantId: string; id: string; keyId: string },
  token: string,
): boolean {
  const expected = Buffer.from(uploadToken(keys, upload.tenantId, upload.id, upload.keyId));
  const given = Buffer.from(token);
  return given.length === expected.length && timingSafeEqual(given, expected);
}
