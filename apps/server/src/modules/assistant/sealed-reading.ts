import type { KeyProvider } from '../../platform/crypto/key-provider.ts';
import { open, seal } from '../../platform/crypto/seal.ts';
import type { Proposal } from './domain/id-card.ts';

/** The personal part of a reading: the recognised text and the proposed fields. */
export interface ReadingContent {
  text: string;
  proposals: Proposal[];
}

/** Binds a sealed reading to its province and upload: moved to another row, it does not open. */
function associatedData(tenantId: string, uploadId: string): string {
  return `upload-reading:${tenantId}:${uploadId.toLowerCase()}`;
}

/** Seals the content with the province's current key; returns it (base64) and the key's id. */
export function sealReading(
  keys: KeyProvider,
  tenantId: string,
  uploadId: string,
  content: ReadingContent,
): { sealed: string; keyId: string } {
  const key = keys.current(tenantId);
  const plaintext = Buffer.from(JSON.stringify(content), 'utf8');
  return { sealed: seal(key.key, plaintext, associatedData(tenantId, uploadId)).toString('base64'), keyId: key.id };
}

/** Opens a sealed reading; throws if it was tampered with or moved. */
export function openReading(
  keys: KeyProvider,
  tenantId: string,
  uploadId: string,
  sealed: { sealed: string; keyId: string },
): ReadingContent {
  const key = keys.byId(tenantId, sealed.keyId);
  const plaintext = open(key.key, Buffer.from(sealed.sealed, 'base64'), associatedData(tenantId, uploadId));
  return JSON.parse(plaintext.toString('utf8')) as ReadingContent;
}
