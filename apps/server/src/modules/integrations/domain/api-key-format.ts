import type { ApiKeyScope } from '@motcua/contracts';

/**
 * An API key reads `mc_<8 characters>_<43 characters>`: the first part (the prefix) finds the key
 * and is shown in lists; the whole key is the secret.
 */
const KEY = /^(mc_[a-z0-9]{8})_([A-Za-z0-9_-]{43})$/;

/** The prefix of a well-formed key, or undefined. */
export function prefixOf(key: string): string | undefined {
  return KEY.exec(key)?.[1];
}

/** The key sent as `Authorization: Bearer <key>`, or undefined when the header is absent or another scheme. */
export function bearerKey(header: string | undefined): string | undefined {
  const match = /^Bearer[ ]+(\S+)\s*$/i.exec(header ?? '');
  return match?.[1];
}

export function hasScope(scopes: readonly string[], wanted: ApiKeyScope): boolean {
  return scopes.includes(wanted);
}
