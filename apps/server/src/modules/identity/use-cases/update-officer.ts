import type { UpdatedOfficer, UpdateOfficerBody } from '@motcua/contracts';
import { appendAudit } from '../../../platform/audit.ts';
import type { KeyProvider } from '../../../platform/crypto/key-provider.ts';
import { withTx, type Database, type Tx } from '../../../platform/db/database.ts';
import { checkPassword } from '../domain/password-policy.ts';
import { OfficerNotFoundError, SelfLockoutError, WeakPasswordError } from '../identity.errors.ts';
import {
  lockOfficerRecord,
  replaceRoleGrants,
  revokeOfficerSessions,
  savePasswordHash,
  saveTotpSecret,
  updateOfficerRow,
  type OfficerRecord,
} from '../officers-admin.repo.ts';
import { hashPassword } from '../password-hash.ts';
import { createTotp } from '../totp-secret.ts';
import { checkRoleUnits } from './check-role-units.ts';

export interface UpdateOfficerDeps {
  database: Database;
  keyProvider: KeyProvider;
  now: () => Date;
}

interface Applied {
  officer: OfficerRecord;
  totpUri?: string;
  endSessions: boolean;
}

/** An admin may not lock themselves out: no self-deactivation, no dropping their own admin role. */
function assertNoSelfLockout(officerId: string, body: UpdateOfficerBody, actorId: string): void {
  if (officerId !== actorId) return;
  if (body.active === false) throw new SelfLockoutError();
  if (body.roles && !body.roles.some((grant) => grant.role === 'admin')) throw new SelfLockoutError();
}

async function applyChanges(
  tx: Tx,
  deps: UpdateOfficerDeps,
  tenantId: string,
  current: OfficerRecord,
  body: UpdateOfficerBody,
  now: Date,
): Promise<Applied> {
  const officer = { ...current };
  const fullName = body.fullName?.normalize('NFC').trim();
  if (fullName !== undefined) officer.fullName = fullName;
  if (body.active !== undefined) officer.active = body.active;
  await updateOfficerRow(tx, tenantId, officer.id, {
    ...(fullName !== undefined ? { fullName } : {}),
    ...(body.active !== undefined ? { status: body.active ? 'active' : 'disabled' } : {}),
  });
  if (body.roles) {
    officer.roles = await checkRoleUnits(tx, tenantId, body.roles);
    await replaceRoleGrants(tx, tenantId, officer.id, officer.roles);
  }
  if (body.password !== undefined) {
    const policy = checkPassword(body.password, { username: officer.username });
    if (!policy.ok) throw new WeakPasswordError(policy.reason);
    await savePasswordHash(tx, tenantId, officer.id, await hashPassword(body.password), now);
  }
  let totpUri: string | undefined;
  if (body.totp === 'enable') {
    const totp = createTotp(deps.keyProvider, tenantId, officer.id, officer.username);
    await saveTotpSecret(tx, tenantId, officer.id, totp.sealed, now);
    totpUri = totp.uri;
  } else if (body.totp === 'disable') {
    await saveTotpSecret(tx, tenantId, officer.id, null, now);
  }
  if (body.totp !== undefined) officer.totp = body.totp === 'enable';
  const endSessions = body.active === false || body.password !== undefined;
  return { officer, endSessions, ...(totpUri ? { totpUri } : {}) };
}

/**
 * An admin changes an officer: name, active, roles (replacing every grant), password (policy,
 * argon2id), TOTP (enabling returns the provisioning URI once; it is never shown again). Deactivating
 * the officer or setting a new password ends their open sessions. Audited without personal data.
 */
export async function updateOfficer(
  deps: UpdateOfficerDeps,
  tenantId: string,
  officerId: string,
  body: UpdateOfficerBody,
  actor: { officerId: string; requestId: string },
): Promise<UpdatedOfficer> {
  assertNoSelfLockout(officerId, body, actor.officerId);
  const now = deps.now();
  return withTx(deps.database, tenantId, async (tx) => {
    const current = await lockOfficerRecord(tx, tenantId, officerId);
    if (!current) throw new OfficerNotFoundError();
    const applied = await applyChanges(tx, deps, tenantId, current, body, now);
    const ended =
      applied.endSessions && officerId !== actor.officerId
        ? await revokeOfficerSessions(tx, tenantId, officerId, now)
        : 0;
    await appendAudit(
      tx,
      tenantId,
      {
        actorType: 'officer',
        actorId: actor.officerId,
        action: 'officer.update',
        subjectType: 'officer',
        subjectId: officerId,
        requestId: actor.requestId,
        detail: { fields: Object.keys(body).sort().join(','), totp: body.totp ?? null, sessionsEnded: ended },
      },
      now,
    );
    return { ...applied.officer, ...(applied.totpUri ? { totpUri: applied.totpUri } : {}) };
  });
}
