import { Type, type Static, type TSchema } from '@sinclair/typebox';
import { Value } from '@sinclair/typebox/value';
import { ENV_NAME, invalid, isSafeSvg, logoType, type BundleProblem } from './bundle-rows.ts';

/** `tenant.json`: the province and its branding; the logo is a file of the bundle. */
export const TenantFile = Type.Object(
  {
    slug: Type.String(),
    name: Type.String(),
    nationalCode: Type.String(),
    branding: Type.Optional(
      Type.Object(
        {
          displayName: Type.String(),
          colors: Type.Object({ primary: Type.String(), accent: Type.Optional(Type.String()) }),
          logo: Type.Optional(Type.String({ minLength: 1 })),
        },
        { additionalProperties: false },
      ),
    ),
  },
  { additionalProperties: false },
);
export type TenantFile = Static<typeof TenantFile>;

const EnvName = Type.String({ pattern: ENV_NAME.source });

/**
 * `channels.json`: the province's Zalo OA, SMS sender and e-mail sender. Secrets are never in the
 * bundle: each `…Env` names the environment variable that holds one when the bundle is loaded.
 */
export const ChannelsFile = Type.Object(
  {
    zalo: Type.Optional(
      Type.Object(
        {
          oaId: Type.String({ pattern: '^[0-9]{5,32}$' }),
          appId: Type.String({ pattern: '^[0-9]{5,32}$' }),
          appSecretEnv: EnvName,
          oaSecretKeyEnv: EnvName,
          znsTemplates: Type.Optional(Type.Record(Type.String(), Type.String({ pattern: '^[0-9]{1,20}$' }))),
        },
        { additionalProperties: false },
      ),
    ),
    sms: Type.Optional(
      Type.Object(
        { sender: Type.String({ minLength: 1, maxLength: 32 }), secretEnv: Type.Optional(EnvName) },
        { additionalProperties: false },
      ),
    ),
    email: Type.Optional(
      Type.Object(
        { from: Type.String({ minLength: 3, maxLength: 200 }), secretEnv: Type.Optional(EnvName) },
        { additionalProperties: false },
      ),
    ),
  },
  { additionalProperties: false },
);
export type ChannelsFile = Static<typeof ChannelsFile>;

/** Keys that would hold a secret in clear: refused with a message saying where secrets go. */
const SECRET_KEY = /secret|password|token|key$/i;

function secretsInClear(file: string, value: unknown, at = ''): BundleProblem[] {
  if (!value || typeof value !== 'object' || Array.isArray(value)) return [];
  return Object.entries(value as Record<string, unknown>).flatMap(([key, inner]) => {
    const pointer = `${at}/${key}`;
    if (SECRET_KEY.test(key) && !key.endsWith('Env') && typeof inner === 'string') {
      return [
        {
          file,
          pointer,
          message: `không ghi bí mật trong gói; dùng "${key}Env" với tên biến môi trường — secrets are referenced from environment variables ("${key}Env"), never stored in the bundle`,
        },
      ];
    }
    return secretsInClear(file, inner, pointer);
  });
}

/** Schema problems of a JSON file of the bundle, each with its pointer and a bilingual message. */
export function schemaProblems(file: string, schema: TSchema, value: unknown): BundleProblem[] {
  return [...Value.Errors(schema, value)].map((e) => ({ file, pointer: e.path || '/', message: invalid(e.message) }));
}

/** Problems of `channels.json`: its shape, secrets in clear, and variables the environment lacks. */
export function channelsProblems(
  file: string,
  value: unknown,
  env: Readonly<Record<string, string | undefined>>,
): BundleProblem[] {
  const clear = secretsInClear(file, value);
  if (clear.length > 0) return clear;
  if (!Value.Check(ChannelsFile, value)) return schemaProblems(file, ChannelsFile, value);
  const refs: [string, string | undefined][] = [
    ['/zalo/appSecretEnv', value.zalo?.appSecretEnv],
    ['/zalo/oaSecretKeyEnv', value.zalo?.oaSecretKeyEnv],
    ['/sms/secretEnv', value.sms?.secretEnv],
    ['/email/secretEnv', value.email?.secretEnv],
  ];
  return refs.flatMap(([pointer, name]) =>
    name !== undefined && !env[name]
      ? [{ file, pointer, message: `biến môi trường ${name} chưa được đặt — environment variable ${name} is not set` }]
      : [],
  );
}

/** The most a logo may weigh: it is kept with the province's settings and sent to every app. */
export const LOGO_MAX_BYTES = 256 * 1024;

/** Problems of the logo file: its type (PNG, JPEG or SVG without scripts) and its size. */
export function logoProblems(file: string, bytes: Uint8Array): BundleProblem[] {
  const problems: BundleProblem[] = [];
  const type = logoType(bytes);
  if (!type) problems.push({ file, message: 'logo phải là PNG, JPEG hoặc SVG — the logo must be PNG, JPEG or SVG' });
  if (bytes.length > LOGO_MAX_BYTES) {
    problems.push({ file, message: `logo quá lớn (tối đa 256 KB) — the logo is larger than 256 KiB` });
  }
  if (type === 'image/svg+xml' && !isSafeSvg(new TextDecoder().decode(bytes))) {
    problems.push({ file, message: 'SVG có mã lệnh — the SVG carries scripts or event handlers' });
  }
  return problems;
}
