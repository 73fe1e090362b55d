import { pgTable, primaryKey, text, timestamp, uuid, jsonb } from 'drizzle-orm/pg-core';
import { tenants } from './tenants.ts';

/** Per-tenant Ed25519 keys that sign receipt QR tokens; public halves are published as a JWKS. */
export const signingKeys = pgTable(
  'signing_keys',
  {
    tenantId: uuid('tenant_id')
      .notNull()
      .references(() => tenants.id, { onDelete: 'cascade' }),
    kid: text('kid').notNull(),
    publicJwk: jsonb('public_jwk').notNull(),
    /** The private JWK sealed with the tenant's data key (AES-256-GCM), base64. */
    privateJwkSealed: text('private_jwk_sealed').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    retiredAt: timestamp('retired_at', { withTimezone: true }),
  },
  (t) => [primaryKey({ name: 'signing_keys_pkey', columns: [t.tenantId, t.kid] })],
);
