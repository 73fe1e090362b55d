import type { ApiKey, ApiKeyScope } from '@motcua/contracts';
import { sql, type SQL } from 'drizzle-orm';
import type { Tx } from '../../platform/db/database.ts';

/** Raw queries may read timestamps as text (the driver's parsers are the ORM's). */
type Stamp = Date | string;
const iso = (value: Stamp): string => new Date(value).toISOString();
const isoOrNull = (value: Stamp | null): string | null => (value === null ? null : iso(value));
const rows = async <T>(tx: Tx, query: SQL): Promise<T[]> => (await tx.execute(query)).rows as T[];

interface KeyRow {
  id: string;
  name: string;
  prefix: string;
  scopes: ApiKeyScope[];
  created_by: string;
  created_by_name: string | null;
  created_at: Stamp;
  last_used_at: Stamp | null;
  revoked_at: Stamp | null;
}

const SELECT_KEYS = sql`
  select k.id, k.name, k.prefix, k.scopes, k.created_by, o.full_name as created_by_name, k.created_at,
         k.last_used_at, k.revoked_at
    from api_keys k
    left join officers o on o.tenant_id = k.tenant_id and o.id = k.created_by`;

function toApiKey(row: KeyRow): ApiKey {
  return {
    id: row.id,
    name: row.name,
    prefix: row.prefix,
    scopes: row.scopes,
    createdBy: { id: row.created_by, name: row.created_by_name ?? '' },
    createdAt: iso(row.created_at),
    lastUsedAt: isoOrNull(row.last_used_at),
    revokedAt: isoOrNull(row.revoked_at),
  };
}

export async function insertApiKey(
  tx: Tx,
  key: {
    tenantId: string;
    id: string;
    name: string;
    prefix: string;
    secretHash: string;
    scopes: readonly string[];
    createdBy: string;
    createdAt: Date;
  },
): Promise<void> {
  await tx.execute(sql`
    insert into api_keys (tenant_id, id, name, prefix, secret_hash, scopes, created_by, created_at)
    values (${key.tenantId}, ${key.id}, ${key.name}, ${key.prefix}, ${key.secretHash},
            ${sql.param([...key.scopes])}::text[], ${key.createdBy}, ${key.createdAt})`);
}

/** The province's keys, revoked ones last, newest first. */
export async function listApiKeys(tx: Tx, tenantId: string): Promise<ApiKey[]> {
  const found = await rows<KeyRow>(
    tx,
    sql`${SELECT_KEYS} where k.tenant_id = ${tenantId} order by k.revoked_at is not null, k.created_at desc limit 500`,
  );
  return found.map(toApiKey);
}

export async function findApiKey(tx: Tx, tenantId: string, id: string): Promise<ApiKey | undefined> {
  const [row] = await rows<KeyRow>(tx, sql`${SELECT_KEYS} where k.tenant_id = ${tenantId} and k.id = ${id}`);
  return row ? toApiKey(row) : undefined;
}

/** Revokes a key once; says whether it exists and whether it was revoked already (it stays so). */
export async function revokeApiKey(
  tx: Tx,
  tenantId: string,
  id: string,
  officerId: string,
  now: Date,
): Promise<{ found: boolean; alreadyRevoked: boolean }> {
  const [row] = await rows<{ revoked_at: Stamp | null }>(
    tx,
    sql`select revoked_at from api_keys where tenant_id = ${tenantId} and id = ${id} for update`,
  );
  if (!row) return { found: false, alreadyRevoked: false };
  if (row.revoked_at !== null) return { found: true, alreadyRevoked: true };
  await tx.execute(sql`update api_keys set revoked_at = ${now}, revoked_by = ${officerId}
                        where tenant_id = ${tenantId} and id = ${id}`);
  return { found: true, alreadyRevoked: false };
}

export interface StoredKey {
  id: string;
  secretHash: string;
  scopes: string[];
  revokedAt: Date | null;
  lastUsedAt: Date | null;
}

export async function findKeyByPrefix(tx: Tx, tenantId: string, prefix: string): Promise<StoredKey | undefined> {
  const [row] = await rows<{
    id: string;
    secret_hash: string;
    scopes: string[];
    revoked_at: Stamp | null;
    last_used_at: Stamp | null;
  }>(
    tx,
    sql`select id, secret_hash, scopes, revoked_at, last_used_at from api_keys
         where tenant_id = ${tenantId} and prefix = ${prefix}`,
  );
  if (!row) return undefined;
  return {
    id: row.id,
    secretHash: row.secret_hash,
    scopes: row.scopes,
    revokedAt: row.revoked_at === null ? null : new Date(row.revoked_at),
    lastUsedAt: row.last_used_at === null ? null : new Date(row.last_used_at),
  };
}

export async function touchApiKey(tx: Tx, tenantId: string, id: string, now: Date): Promise<void> {
  await tx.execute(sql`update api_keys set last_used_at = ${now} where tenant_id = ${tenantId} and id = ${id}`);
}
