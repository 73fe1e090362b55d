import { appendAudit, type AuditEntry } from '../../../platform/audit.ts';
import type { KeyProvider } from '../../../platform/crypto/key-provider.ts';
import { withTx, type Database } from '../../../platform/db/database.ts';
import { newId } from '../../../platform/ids.ts';
import { isValidUsername, normalizeUsername } from '../domain/officer.ts';
import { DEMO_PASSWORD } from '../domain/password-policy.ts';
import { afterFailure, LOCKOUT_MS, lockRemainingSeconds, SESSION_MAX_MS } from '../domain/session-policy.ts';
import {
  AccountLockedError,
  InvalidCredentialsError,
  TotpInvalidError,
  TotpRequiredError,
} from '../identity.errors.ts';
import {
  findSignInRecord,
  listRoleGrants,
  lockCredentials,
  saveLockState,
  saveTotpStep,
  type RoleGrantView,
  type SignInRecord,
} from '../officers.repo.ts';
import { verifyDummyPassword, verifyPassword } from '../password-hash.ts';
import { hashToken, newSecretToken } from '../session-token.ts';
import { insertSession, revokeSessionByTokenHash } from '../sessions.repo.ts';
import { matchTotpStep } from '../totp-secret.ts';

export interface LoginDeps {
  database: Database;
  keyProvider: KeyProvider;
  now: () => Date;
  /** Outside demo mode the demo password is refused even where it is still stored. */
  mode: 'demo' | 'production' | 'test';
}

export interface LoginInput {
  tenantId: string;
  username: string;
  password: string;
  totp?: string;
  /** The session cookie sent with the sign-in request, if any: it is revoked on success. */
  presentedToken?: string;
  requestId?: string;
}

export interface LoginResult {
  /** The new session token for the cookie; only its hash is stored. */
  token: string;
  csrfToken: string;
  expiresAt: Date;
  officer: { id: string; username: string; fullName: string; roles: RoleGrantView[] };
}

type FailureReason = 'password' | 'default_password' | 'totp';

function loginAudit(
  input: LoginInput,
  officerId: string | null,
  action: string,
  detail: AuditEntry['detail'],
): AuditEntry {
  return {
    actorType: 'officer',
    actorId: officerId,
    action,
    subjectType: 'officer',
    subjectId: officerId,
    requestId: input.requestId ?? null,
    detail,
  };
}

async function audit(deps: LoginDeps, input: LoginInput, entry: AuditEntry, now: Date): Promise<void> {
  await withTx(deps.database, input.tenantId, (tx) => appendAudit(tx, input.tenantId, entry, now));
}

/**
 * Counts a failed sign-in of a known officer; the fifth in a row locks the account. Throws the error
 * the caller answers with: the lock, once reached, or `refusal`.
 */
async function recordFailure(
  deps: LoginDeps,
  input: LoginInput,
  officerId: string,
  reason: FailureReason,
  refusal: Error,
  now: Date,
): Promise<never> {
  const locked = await withTx(deps.database, input.tenantId, async (tx) => {
    const current = await lockCredentials(tx, input.tenantId, officerId);
    if (!current) return false;
    const next = afterFailure(current, now);
    await saveLockState(tx, input.tenantId, officerId, next, now);
    const attempts = next.failedAttempts;
    await appendAudit(
      tx,
      input.tenantId,
      loginAudit(input, officerId, 'officer.login_failed', { reason, attempts }),
      now,
    );
    if (next.lockedUntil === null) return false;
    const minutes = LOCKOUT_MS / 60_000;
    await appendAudit(tx, input.tenantId, loginAudit(input, officerId, 'officer.locked', { attempts, minutes }), now);
    return true;
  });
  throw locked ? new AccountLockedError(LOCKOUT_MS / 1000) : refusal;
}

async function refuseUnknown(
  deps: LoginDeps,
  input: LoginInput,
  record: SignInRecord | undefined,
  now: Date,
): Promise<never> {
  if (record) await verifyPassword(record.passwordHash, input.password);
  else await verifyDummyPassword(input.password);
  const reason = record ? 'disabled' : 'unknown_user';
  await audit(deps, input, loginAudit(input, record?.id ?? null, 'officer.login_failed', { reason }), now);
  throw new InvalidCredentialsError();
}

/** Checks the TOTP code when the account has one; returns the step it matched (for replay checks). */
async function checkSecondFactor(
  deps: LoginDeps,
  input: LoginInput,
  record: SignInRecord,
  now: Date,
): Promise<number | undefined> {
  if (record.totpSecretSealed === null) return undefined;
  if (input.totp === undefined || input.totp === '') {
    const entry = loginAudit(input, record.id, 'officer.login_failed', { reason: 'totp_missing' });
    await audit(deps, input, entry, now);
    throw new TotpRequiredError();
  }
  const step = matchTotpStep(deps.keyProvider, input.tenantId, record.id, record.totpSecretSealed, input.totp, now);
  if (step === null) return recordFailure(deps, input, record.id, 'totp', new TotpInvalidError(), now);
  return step;
}

async function openSession(
  deps: LoginDeps,
  input: LoginInput,
  record: SignInRecord,
  now: Date,
  totpStep: number | undefined,
): Promise<LoginResult | 'totp_replayed'> {
  const { tenantId } = input;
  const token = newSecretToken();
  const csrfToken = newSecretToken();
  const sessionId = newId(now.getTime());
  const expiresAt = new Date(now.getTime() + SESSION_MAX_MS);
  const roles = await withTx(deps.database, tenantId, async (tx) => {
    const state = await lockCredentials(tx, tenantId, record.id);
    const wait = state ? lockRemainingSeconds(state, now) : 0;
    if (wait > 0) throw new AccountLockedError(wait);
    // A code is good for one sign-in: the step is checked and stored under the credentials' row lock.
    if (totpStep !== undefined) {
      if (state?.totpLastStep != null && totpStep <= state.totpLastStep) return 'totp_replayed' as const;
      await saveTotpStep(tx, tenantId, record.id, totpStep);
    }
    await saveLockState(tx, tenantId, record.id, { failedAttempts: 0, lockedUntil: null }, now);
    const replaced = input.presentedToken
      ? await revokeSessionByTokenHash(tx, tenantId, hashToken(input.presentedToken), now)
      : undefined;
    await insertSession(tx, tenantId, {
      id: sessionId,
      officerId: record.id,
      tokenHash: hashToken(token),
      csrfToken,
      now,
      expiresAt,
    });
    const detail = { sessionId, totp: record.totpSecretSealed !== null, replacedSession: replaced !== undefined };
    await appendAudit(tx, tenantId, loginAudit(input, record.id, 'officer.login', detail), now);
    return listRoleGrants(tx, tenantId, record.id);
  });
  if (roles === 'totp_replayed') return roles;
  const officer = { id: record.id, username: record.username, fullName: record.fullName, roles };
  return { token, csrfToken, expiresAt, officer };
}

/**
 * Signs an officer in with username, password and (when enabled) a TOTP code, and opens a new
 * session. Unknown usernames cost the same argon2 work as wrong passwords and get the same answer.
 * Five failures in a row lock the account for 15 minutes; while locked every attempt, right or
 * wrong, is refused with `AUTH.LOCKED`. Every outcome is written to the audit log.
 */
export async function login(deps: LoginDeps, input: LoginInput): Promise<LoginResult> {
  const now = deps.now();
  const username = normalizeUsername(input.username);
  const record = isValidUsername(username)
    ? await withTx(deps.database, input.tenantId, (tx) => findSignInRecord(tx, input.tenantId, username))
    : undefined;
  if (!record?.isActive) return refuseUnknown(deps, input, record, now);
  const wait = lockRemainingSeconds(record, now);
  if (wait > 0) {
    await audit(deps, input, loginAudit(input, record.id, 'officer.login_refused', { reason: 'locked' }), now);
    throw new AccountLockedError(wait);
  }
  const passwordOk = await verifyPassword(record.passwordHash, input.password);
  const defaultRefused = deps.mode !== 'demo' && input.password === DEMO_PASSWORD;
  if (!passwordOk || defaultRefused) {
    const reason = passwordOk ? 'default_password' : 'password';
    await recordFailure(deps, input, record.id, reason, new InvalidCredentialsError(), now);
  }
  const totpStep = await checkSecondFactor(deps, input, record, now);
  const opened = await openSession(deps, input, record, now, totpStep);
  if (opened === 'totp_replayed') return recordFailure(deps, input, record.id, 'totp', new TotpInvalidError(), now);
  return opened;
}
