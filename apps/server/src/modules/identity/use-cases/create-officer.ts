import { appendAudit } from '../../../platform/audit.ts';
import type { KeyProvider } from '../../../platform/crypto/key-provider.ts';
import { withTx, type Database, type Tx } from '../../../platform/db/database.ts';
import { ValidationError, type FieldError } from '../../../platform/errors.ts';
import { newId } from '../../../platform/ids.ts';
import { findUnitsByEid } from '../../tenants/index.ts';
import { isRole, isValidUsername, normalizeUsername, type Role } from '../domain/officer.ts';
import { checkPassword } from '../domain/password-policy.ts';
import { UsernameTakenError, WeakPasswordError } from '../identity.errors.ts';
import { insertOfficer, listExistingUsernames } from '../officers.repo.ts';
import { hashPassword } from '../password-hash.ts';
import { createTotp } from '../totp-secret.ts';

export interface CreateOfficerDeps {
  database: Database;
  keyProvider: KeyProvider;
  now?: () => Date;
}

export interface CreateOfficerInput {
  /** Sign-in name, stored lower-cased, e.g. `intake@tay-ninh`. */
  username: string;
  fullName: string;
  /** E-ID code of the officer's home unit. */
  unitEid: string;
  /** Role grants, each on one unit (by e-ID code). */
  roles: readonly { unitEid: string; role: Role }[];
  password: string;
  /** Turn on two-step sign-in with a TOTP app. */
  totp?: boolean;
}

export interface CreateOfficerOptions {
  /** Demo mode only: accept the documented demo password. */
  allowDemoPassword?: boolean;
  /** The admin creating the officer, for the audit log; the system when absent. */
  actorId?: string | null;
  requestId?: string | null;
}

export interface CreatedOfficer {
  id: string;
  username: string;
  /** The otpauth:// provisioning URI (contains the secret): show it once, never store or log it. */
  totpUri?: string;
}

/** Problems with an officer's name, username and roles (not the units or the password). */
export function officerInputProblems(
  username: string,
  input: Pick<CreateOfficerInput, 'fullName'> & { roles: readonly { role: string }[] },
): FieldError[] {
  const problems: FieldError[] = [];
  if (!isValidUsername(username)) {
    problems.push({ pointer: '/username', message: '3–64 characters: a–z, 0–9, . _ @ -' });
  }
  if (input.fullName.trim().length === 0) problems.push({ pointer: '/fullName', message: 'required' });
  input.roles.forEach((grant, i) => {
    if (!isRole(grant.role)) problems.push({ pointer: `/roles/${i}/role`, message: 'unknown role' });
  });
  return problems;
}

interface ResolvedUnits {
  unitId: string;
  roles: { unitId: string; role: Role }[];
}

async function resolveUnits(tx: Tx, tenantId: string, input: CreateOfficerInput): Promise<ResolvedUnits> {
  const eids = [...new Set([input.unitEid, ...input.roles.map((r) => r.unitEid)])];
  const found = new Map((await findUnitsByEid(tx, tenantId, eids)).map((u) => [u.eid, u.id]));
  const problems: FieldError[] = [];
  const roles: ResolvedUnits['roles'] = [];
  input.roles.forEach((grant, i) => {
    const unitId = found.get(grant.unitEid);
    if (unitId === undefined) problems.push({ pointer: `/roles/${i}/unitEid`, message: 'no such unit' });
    else roles.push({ unitId, role: grant.role });
  });
  const unitId = found.get(input.unitEid);
  if (unitId === undefined) problems.push({ pointer: '/unitEid', message: 'no such unit' });
  if (unitId === undefined || problems.length > 0) throw new ValidationError('Unknown units', problems);
  return { unitId, roles };
}

export interface PreparedOfficer {
  id: string;
  username: string;
  fullName: string;
  passwordHash: string;
  totpSecretSealed: string | null;
  now: Date;
}

/** Writes a prepared officer (hash computed) inside the caller's transaction, with an audit entry. */
export async function persistOfficer(
  tx: Tx,
  tenantId: string,
  input: CreateOfficerInput,
  officer: PreparedOfficer,
  options: CreateOfficerOptions,
): Promise<void> {
  const { unitId, roles } = await resolveUnits(tx, tenantId, input);
  if ((await listExistingUsernames(tx, tenantId, [officer.username])).length > 0) throw new UsernameTakenError();
  await insertOfficer(tx, tenantId, { ...officer, unitId, roles });
  const actorId = options.actorId ?? null;
  await appendAudit(
    tx,
    tenantId,
    {
      actorType: actorId === null ? 'system' : 'officer',
      actorId,
      action: 'officer.create',
      subjectType: 'officer',
      subjectId: officer.id,
      requestId: options.requestId ?? null,
      detail: { roles: roles.length, totp: officer.totpSecretSealed !== null },
    },
    officer.now,
  );
}

function isUniqueViolation(error: unknown): boolean {
  for (let e: unknown = error; e instanceof Error; e = e.cause) {
    if ('code' in e && e.code === '23505') return true;
  }
  return false;
}

/**
 * Creates an officer: the officers row, an argon2id password hash, role grants and, when asked, a
 * TOTP secret sealed with the province's data key. The password must pass the policy (≥ 10
 * characters, not a common or default password).
 */
export async function createOfficer(
  deps: CreateOfficerDeps,
  tenantId: string,
  input: CreateOfficerInput,
  options: CreateOfficerOptions = {},
): Promise<CreatedOfficer> {
  const username = normalizeUsername(input.username);
  const problems = officerInputProblems(username, input);
  if (problems.length > 0) throw new ValidationError('Invalid officer', problems);
  const policy = checkPassword(input.password, { allowDemoPassword: options.allowDemoPassword === true, username });
  if (!policy.ok) throw new WeakPasswordError(policy.reason);
  const passwordHash = await hashPassword(input.password);
  const now = deps.now?.() ?? new Date();
  const id = newId(now.getTime());
  const totp = input.totp === true ? createTotp(deps.keyProvider, tenantId, id, username) : undefined;
  const fullName = input.fullName.normalize('NFC').trim();
  const prepared = { id, username, fullName, passwordHash, totpSecretSealed: totp?.sealed ?? null, now };
  try {
    await withTx(deps.database, tenantId, (tx) => persistOfficer(tx, tenantId, input, prepared, options));
  } catch (error) {
    if (isUniqueViolation(error)) throw new UsernameTakenError();
    throw error;
  }
  return totp ? { id, username, totpUri: totp.uri } : { id, username };
}
