import { Type, type Static } from '@sinclair/typebox';
import { Value } from '@sinclair/typebox/value';
import type { KeyProvider } from '../../platform/crypto/key-provider.ts';
import { open, seal } from '../../platform/crypto/seal.ts';

/** The `tenant_settings` key of the province's Zalo Official Account. */
export const ZALO_SETTING_KEY = 'channel.zalo';

export type ZaloSecretName = 'appSecret' | 'oaSecretKey';

/** As stored: ids in clear, each secret sealed with the province's data key (`<key id>:<base64>`). */
export const StoredZaloSetting = Type.Object({
  oaId: Type.String(),
  appId: Type.String(),
  appSecret: Type.Optional(Type.String()),
  oaSecretKey: Type.Optional(Type.String()),
  znsTemplates: Type.Optional(Type.Record(Type.String(), Type.String())),
});
export type StoredZaloSetting = Static<typeof StoredZaloSetting>;

export function parseZaloSetting(value: unknown): StoredZaloSetting | undefined {
  return Value.Check(StoredZaloSetting, value) ? value : undefined;
}

/** Binds a sealed secret to its province and field, so it does not open if copied elsewhere. */
function context(tenantId: string, name: ZaloSecretName): string {
  return `setting:${ZALO_SETTING_KEY}:${tenantId}:${name}`;
}

export function sealSecret(keys: KeyProvider, tenantId: string, name: ZaloSecretName, secret: string): string {
  const key = keys.current(tenantId);
  return `${key.id}:${seal(key.key, Buffer.from(secret, 'utf8'), context(tenantId, name)).toString('base64')}`;
}

export function openSecret(keys: KeyProvider, tenantId: string, name: ZaloSecretName, sealed: string): string {
  const at = sealed.indexOf(':');
  const key = keys.byId(tenantId, sealed.slice(0, at));
  return open(key.key, Buffer.from(sealed.slice(at + 1), 'base64'), context(tenantId, name)).toString('utf8');
}
