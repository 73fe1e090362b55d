import { Type, type Static } from '@sinclair/typebox';
import { Value } from '@sinclair/typebox/value';
import type { Tx } from '../../../platform/db/database.ts';
import type { FieldError } from '../../../platform/errors.ts';
import { findSetting, upsertSetting } from '../calendar.repo.ts';

const Colour = Type.String({ pattern: '^#[0-9a-fA-F]{6}$', description: 'a colour #RRGGBB' });

/** The `tenant_settings` key of a province's branding. */
export const BRANDING_SETTING_KEY = 'branding';

/**
 * How the province shows itself in the citizen app, the console and printed posters: its display
 * name, colours and logo (stored with the setting; at most 256 KiB).
 */
export const Branding = Type.Object(
  {
    displayName: Type.String({ minLength: 2, maxLength: 120 }),
    colors: Type.Object({ primary: Colour, accent: Type.Optional(Colour) }, { additionalProperties: false }),
    logo: Type.Optional(
      Type.Object({
        contentType: Type.Union([Type.Literal('image/png'), Type.Literal('image/jpeg'), Type.Literal('image/svg+xml')]),
        base64: Type.String({ maxLength: 350_000 }),
        sha256: Type.String({ pattern: '^[0-9a-f]{64}$' }),
      }),
    ),
  },
  { additionalProperties: false },
);
export type Branding = Static<typeof Branding>;

/** The `tenant_settings` keys of a province's SMS sender and e-mail sender. */
export const MESSAGING_SETTING_KEY = 'channel.messaging';

/**
 * Who the province's SMS and e-mails are from, and which environment variables hold its own gateway
 * secrets when it has them. Only the variables' names are stored, never their values.
 */
export const Messaging = Type.Object(
  {
    sms: Type.Optional(
      Type.Object(
        { sender: Type.String({ minLength: 1, maxLength: 32 }), secretEnv: Type.Optional(Type.String()) },
        { additionalProperties: false },
      ),
    ),
    email: Type.Optional(
      Type.Object(
        { from: Type.String({ minLength: 3, maxLength: 200 }), secretEnv: Type.Optional(Type.String()) },
        { additionalProperties: false },
      ),
    ),
  },
  { additionalProperties: false },
);
export type Messaging = Static<typeof Messaging>;

/** Problems of a value against a settings schema, as JSON pointers. */
export function settingProblems(schema: typeof Branding | typeof Messaging, value: unknown): FieldError[] {
  return [...Value.Errors(schema, value)].map((e) => ({ pointer: e.path || '/', message: e.message }));
}

export async function writeBrandingInTx(tx: Tx, tenantId: string, branding: Branding): Promise<void> {
  await upsertSetting(tx, tenantId, BRANDING_SETTING_KEY, {
    ...branding,
    displayName: branding.displayName.normalize('NFC').trim(),
  });
}

export async function writeMessagingInTx(tx: Tx, tenantId: string, messaging: Messaging): Promise<void> {
  await upsertSetting(tx, tenantId, MESSAGING_SETTING_KEY, messaging);
}

/** The province's branding, when set. */
export async function findBranding(tx: Tx, tenantId: string): Promise<Branding | undefined> {
  const value = await findSetting(tx, tenantId, BRANDING_SETTING_KEY);
  return Value.Check(Branding, value) ? value : undefined;
}
