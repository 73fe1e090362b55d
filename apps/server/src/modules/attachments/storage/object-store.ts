/**
 * Where sealed file bytes live. Keys are `/`-separated segments of letters, digits, `.`, `_` and
 * `-`; the stores refuse anything else, so a key can never name a path outside the store.
 */
export interface ObjectStore {
  put(key: string, bytes: Buffer): Promise<void>;
  /** The bytes, or undefined when nothing is stored under the key. */
  get(key: string): Promise<Buffer | undefined>;
  /** Removes the object; removing a missing one is not an error. */
  delete(key: string): Promise<void>;
}

const SEGMENT = /^[A-Za-z0-9_-][A-Za-z0-9._-]{0,127}$/;

/** Thrown for a key that could escape the store or that the stores cannot hold. */
export class InvalidStorageKeyError extends Error {
  override name = 'InvalidStorageKeyError';
}

/**
 * Checks a key and returns its segments. Segments may not start with a dot, which rules out `.`,
 * `..` and hidden files; empty segments (leading, trailing or double `/`) are refused.
 */
export function storageKeySegments(key: string): string[] {
  const segments = key.split('/');
  if (key.length > 512 || segments.length > 8 || !segments.every((s) => SEGMENT.test(s))) {
    throw new InvalidStorageKeyError('invalid storage key');
  }
  return segments;
}
