import { randomBytes } from 'node:crypto';

/** Bytes the simulator holds: OA uploads (§3, §4) and images/files citizens send. */
export interface StoredMedia {
  id: string;
  kind: 'image' | 'file';
  contentType: string;
  name: string;
  bytes: Buffer;
  /** ms since epoch; OA uploads expire after 7 days (§4), citizen media never. */
  expiresAt: number;
}

/** A 1×1 transparent PNG, the image a scripted citizen sends when the script gives none. */
export const placeholderPng = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII=',
  'base64',
);

export class MediaStore {
  private readonly items = new Map<string, StoredMedia>();

  constructor(private readonly now: () => Date) {}

  put(media: Omit<StoredMedia, 'id'>): StoredMedia {
    const stored = { ...media, id: randomBytes(24).toString('base64url') };
    this.items.set(stored.id, stored);
    return stored;
  }

  /** The item if it exists, is of the kind asked and has not expired. */
  find(id: string, kind?: StoredMedia['kind']): StoredMedia | undefined {
    const item = this.items.get(id);
    if (!item || (kind !== undefined && item.kind !== kind)) return undefined;
    return item.expiresAt > this.now().getTime() ? item : undefined;
  }
}
